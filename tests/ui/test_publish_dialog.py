"""The publish dialog (offscreen): fields, remembered settings, never the password, results."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from planner.calendar.caldav_publish import PublishResult
from planner.calendar.caldav_session import PublishError
from planner.calendar.events import event_uid
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from tests.radicale_server import RadicaleServer, start_radicale
from ui.publish_dialog import PublishDialog

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 1, 1, tzinfo=UTC)
SECRET = "s3cret-Password-for-tests"


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(EXAMPLE).plan


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class Recorder:
    """A stand-in publisher that records its call and returns (or raises) what it is given."""

    def __init__(self, outcome: object) -> None:
        self.outcome = outcome
        self.calls: list[dict] = []
        self.thread: threading.Thread | None = None

    def __call__(self, plan: Plan, **options) -> PublishResult:
        self.calls.append({"plan": plan, **options})
        self.thread = threading.current_thread()
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


def make(
    qtbot, plan, store=None, publisher=None, keyring=lambda service, key: None, confirm=None
) -> PublishDialog:
    dialog = PublishDialog(
        plan,
        EXAMPLE,
        store=store,
        publisher=publisher or Recorder(None),
        keyring_lookup=keyring,
        clock=lambda: NOW,
        confirm_insecure=confirm or (lambda parent, host: pytest.fail(f"asked about {host}")),
    )
    qtbot.addWidget(dialog)
    return dialog


def fill(
    dialog: PublishDialog, url="https://dav.example.com/", user="alice", password=SECRET
) -> None:
    dialog.url.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)


def publish_and_wait(qtbot, dialog: PublishDialog) -> None:
    with qtbot.waitSignal(dialog.published, timeout=20000, raising=False):
        dialog.publish_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)


def test_fields_and_defaults(qtbot, plan):
    dialog = make(qtbot, plan)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert (dialog.url.text(), dialog.user.text(), dialog.calendar.text()) == ("", "", "")
    assert dialog.calendar.placeholderText() == "Overlap Planner"
    assert not dialog.prune.isChecked()
    assert (
        dialog.status.placeholderText() == "2 meetings will be sent; publishing again updates them."
    )


def test_publish_calls_the_planner_off_the_gui_thread_and_shows_the_result(qtbot, plan, store):
    result = PublishResult(
        "Vendors",
        "https://dav.example.com/alice/vendors/",
        True,
        created=("kyiv-weekly", "support-review"),
    )
    publisher = Recorder(result)
    dialog = make(qtbot, plan, store, publisher)
    fill(dialog)
    dialog.calendar.setText("Vendors")
    dialog.prune.setChecked(True)
    with qtbot.waitSignal(dialog.published, timeout=20000) as signal:
        dialog.publish_button.click()
    assert signal.args == [result]
    qtbot.waitUntil(lambda: not dialog.busy)
    (call,) = publisher.calls
    assert call["plan"] is plan
    assert {k: v for k, v in call.items() if k != "plan"} == {
        "identity": "Acme: Manila support desk and Kyiv SEO agency",
        "url": "https://dav.example.com/",
        "user": "alice",
        "password": SECRET,
        "now": NOW,
        "calendar_name": "Vendors",
        "prune": True,
        "allow_insecure_http": False,
    }
    assert publisher.thread is not threading.main_thread()
    assert dialog.headline.text() == "Published"
    assert dialog.status.toPlainText() == (
        'calendar "Vendors" (created): https://dav.example.com/alice/vendors/\nadded: kyiv-weekly, support-review'
    )
    assert dialog.publish_button.isEnabled() and dialog.url.isEnabled()


# The offscreen platform says this when a window is shown; it is not a problem of the dialog.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_address_user_and_calendar_are_remembered_but_never_the_password(
    qtbot, plan, store, tmp_path
):
    dialog = make(qtbot, plan, store, Recorder(PublishResult("Team", "u", False)))
    fill(dialog)
    dialog.calendar.setText("Team")
    publish_and_wait(qtbot, dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "dav.example.com" in text and "alice" in text and "Team" in text
    assert SECRET not in text
    assert dialog.password.text() == ""  # forgotten when the dialog closes

    again = make(qtbot, plan, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert (again.url.text(), again.user.text(), again.calendar.text(), again.password.text()) == (
        "https://dav.example.com/",
        "alice",
        "Team",
        "",
    )


def test_a_failure_is_shown_and_the_fields_can_be_corrected(qtbot, plan):
    failure = PublishError(
        'the server at dav.example.com refused user "alice" (HTTP 401 Unauthorized): wrong user name or password; nothing was sent'
    )
    dialog = make(qtbot, plan, publisher=Recorder(failure))
    fill(dialog)
    dialog.publish_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.headline.text() == "Not published", timeout=20000
    )
    assert dialog.status.toPlainText() == str(failure)
    assert dialog.password.isEnabled() and dialog.password.text() == SECRET


@pytest.mark.parametrize(
    ("url", "user", "message"),
    [
        ("", "alice", "Enter the server address (https://...)."),
        (
            "dav.example.com",
            "alice",
            '"dav.example.com" is not a server address: write it as https://host/path',
        ),
        ("https://dav.example.com/", "", "Enter the user name."),
    ],
)
def test_missing_or_bad_fields_are_named_before_anything_is_sent(qtbot, plan, url, user, message):
    publisher = Recorder(None)
    dialog = make(qtbot, plan, publisher=publisher)
    fill(dialog, url=url, user=user)
    dialog.publish_button.click()
    assert (dialog.headline.text(), dialog.status.toPlainText()) == ("Not published", message)
    assert publisher.calls == [] and not dialog.busy


def test_empty_password_asks_the_keyring(qtbot, plan):
    asked = []

    def keyring(service: str, key: str) -> str | None:
        asked.append((service, key))
        return "from-keyring" if key == "alice@dav.example.com" else None

    publisher = Recorder(PublishResult("Overlap Planner", "u", False))
    dialog = make(qtbot, plan, publisher=publisher, keyring=keyring)
    fill(dialog, password="")
    publish_and_wait(qtbot, dialog)
    assert asked == [("overlap-planner", "alice@dav.example.com")]
    assert publisher.calls[0]["password"] == "from-keyring"
    assert publisher.calls[0]["calendar_name"] == "Overlap Planner"

    fill(dialog, user="bob", password="")
    dialog.publish_button.click()
    assert (
        dialog.status.toPlainText()
        == "Enter the password: the system keyring has none for bob on this server."
    )
    assert len(publisher.calls) == 1


def test_without_a_system_keyring_the_password_field_is_the_prompt(qtbot, plan):
    publisher = Recorder(PublishResult("Overlap Planner", "u", False))
    dialog = PublishDialog(
        plan,
        EXAMPLE,
        publisher=publisher,
        keyring_lookup=lambda service, key: None,
        clock=lambda: NOW,
        absence=lambda: "no system keyring on this computer",
    )
    qtbot.addWidget(dialog)
    assert dialog.password.placeholderText() == "required (no system keyring on this computer)"
    fill(dialog, password="")
    dialog.publish_button.click()
    assert dialog.status.toPlainText() == (
        "Enter the password (no system keyring on this computer)."
    )
    assert publisher.calls == []
    fill(dialog, password="typed")
    publish_and_wait(qtbot, dialog)
    assert publisher.calls[0]["password"] == "typed"


@pytest.fixture(scope="module")
def radicale(tmp_path_factory) -> Iterator[RadicaleServer]:
    server = start_radicale(tmp_path_factory.mktemp("radicale-ui"), {"alice": SECRET})
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.radicale
def test_publishing_to_a_real_server(qtbot, plan, radicale):
    dialog = PublishDialog(
        plan, EXAMPLE, keyring_lookup=lambda service, key: None, clock=lambda: NOW
    )
    qtbot.addWidget(dialog)
    fill(dialog, url=radicale.url)
    dialog.calendar.setText("From the dialog")
    with qtbot.waitSignal(dialog.published, timeout=30000) as signal:
        dialog.publish_button.click()
    result = signal.args[0]
    assert result.created == ("kyiv-weekly", "support-review")
    assert dialog.status.toPlainText().startswith(
        f'calendar "From the dialog" (created): {radicale.url}alice/'
    )
    qtbot.waitUntil(lambda: not dialog.busy)

    fill(dialog, url=radicale.url, password="wrong-password")
    dialog.publish_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.headline.text() == "Not published", timeout=30000
    )
    assert "wrong user name or password; nothing was sent" in dialog.status.toPlainText()
    assert "wrong-password" not in dialog.status.toPlainText()
    assert event_uid("Acme: Manila support desk and Kyiv SEO agency", "kyiv-weekly") == (
        "kyiv-weekly-b2b97004411a5d81@overlap-planner"
    )


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://dav.example.com/", True),
        ("https://dav.example.com/", False),
        ("http://127.0.0.1:5232/", False),
        ("http://localhost/dav/", False),
    ],
)
def test_a_red_warning_shows_while_the_address_would_send_the_password_in_clear(
    qtbot, plan, url, warned
):
    dialog = make(qtbot, plan)
    dialog.show()
    fill(dialog, url=url)
    assert dialog.insecure.isVisible() is warned
    assert dialog.insecure.textFormat() == Qt.TextFormat.PlainText
    if warned:
        assert dialog.insecure.text() == (
            "Warning: http:// sends the password unencrypted to dav.example.com; anyone on the "
            "network could read it. Use https:// if the server offers it."
        )
        assert "#c62828" in dialog.insecure.styleSheet()


@pytest.mark.parametrize("answer", [False, True])
def test_publishing_over_http_asks_first(qtbot, plan, answer):
    asked: list[str] = []
    publisher = Recorder(PublishResult("Overlap Planner", "http://dav.example.com/c/", False))

    def confirm(parent, host):
        asked.append(host)
        return answer

    dialog = make(qtbot, plan, publisher=publisher, confirm=confirm)
    fill(dialog, url="http://dav.example.com/")
    if answer:
        publish_and_wait(qtbot, dialog)
        (call,) = publisher.calls
        assert call["allow_insecure_http"] is True
        assert dialog.headline.text() == "Published"
    else:
        dialog.publish_button.click()
        assert publisher.calls == []
        assert dialog.headline.text() == "Not published"
        assert dialog.status.toPlainText().startswith("Not sent: the address uses http://")
    assert asked == ["dav.example.com"]
