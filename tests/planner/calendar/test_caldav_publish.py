"""CalDAV publishing, against a real Radicale server started on 127.0.0.1 for this session."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time
from http import HTTPStatus
from importlib import resources

import pytest
from caldav.davclient import DAVClient

from planner.analysis.overlap import analyze
from planner.calendar.caldav_publish import DEFAULT_CALENDAR, PublishResult, publish_plan
from planner.calendar.caldav_session import PublishError, Session, calendar_id, check_url
from planner.calendar.credentials import (
    account_key,
    find_password,
    keyring_absence,
    keyring_password,
)
from planner.calendar.events import event_uid, plan_identity
from planner.cli.verbs import run
from planner.errors import PlannerError
from planner.plan.meeting import Meeting
from planner.plan.model import Plan
from planner.plan.reading import load_plan
from planner.schedule.range import Range
from tests.radicale_server import READONLY_CALENDAR, RadicaleServer, free_port, start_radicale

EXAMPLES = resources.files("resources.examples")
NEW_YORK = str(EXAMPLES.joinpath("newyork-manila-kyiv.toml"))
LONDON = str(EXAMPLES.joinpath("london-riyadh-bengaluru.toml"))
NOW = datetime(2027, 1, 1, tzinfo=UTC)
USER, PASSWORD = "alice", "correct-horse-battery-staple"
YEAR = Range.of_days("UTC", date(2027, 1, 1), date(2027, 12, 31))


# --- without a server ---------------------------------------------------------------------


def test_password_from_the_environment_variable_only():
    def keyring(service: str, key: str) -> str:
        raise AssertionError("the keyring is not asked when --password-env is given")

    assert (
        find_password("a", "https://x/", env_var="PW", environ={"PW": "s3"}, keyring_lookup=keyring)
        == "s3"
    )
    with pytest.raises(PlannerError, match="environment variable PW is not set or empty"):
        find_password("a", "https://x/", env_var="PW", environ={"PW": ""}, keyring_lookup=keyring)


def test_password_from_the_keyring_then_the_prompt():
    asked: list[tuple[str, str]] = []

    def keyring(service: str, key: str) -> str | None:
        asked.append((service, key))
        return "from-keyring" if key == "alice@dav.example.com" else None

    assert (
        find_password("alice", "https://dav.example.com/x/", environ={}, keyring_lookup=keyring)
        == "from-keyring"
    )
    assert asked == [("overlap-planner", "alice@dav.example.com")]
    prompted = find_password(
        "bob",
        "https://dav.example.com:8443/",
        environ={},
        keyring_lookup=keyring,
        prompt=lambda q: f"typed for {q}",
    )
    assert prompted == "typed for Password for bob@dav.example.com:8443: "
    with pytest.raises(PlannerError, match="no password given"):
        find_password("bob", "https://x/", environ={}, keyring_lookup=keyring, prompt=lambda q: "")
    with pytest.raises(PlannerError, match="run in a terminal to be asked"):
        find_password("bob", "https://x/", environ={}, keyring_lookup=keyring, prompt=None)


def test_a_broken_keyring_counts_as_none(monkeypatch):
    import keyring

    def broken(service: str, key: str) -> str:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(keyring, "get_password", broken)
    assert keyring_password("overlap-planner", "alice@x") is None
    monkeypatch.setattr(keyring, "get_password", lambda service, key: "stored")
    assert keyring_password("overlap-planner", "alice@x") == "stored"


def test_without_a_system_keyring_the_prompt_says_so():
    def empty(service: str, key: str) -> str | None:
        return None

    questions: list[str] = []

    def prompt(question: str) -> str:
        questions.append(question)
        return "typed"

    def none_here() -> str:
        return "no system keyring on this computer"

    assert (
        find_password("bob", "https://dav.example.com/", environ={}, keyring_lookup=empty,
                      prompt=prompt, absence=none_here)
        == "typed"
    )  # fmt: skip
    assert questions == ["Password for bob@dav.example.com (no system keyring on this computer): "]
    with pytest.raises(PlannerError) as raised:
        find_password("bob", "https://dav.example.com/", environ={}, keyring_lookup=empty,
                      absence=none_here)  # fmt: skip
    assert str(raised.value) == (
        "no password for bob@dav.example.com (no system keyring on this computer): pass "
        "--password-env VAR with the password in that variable, or run in a terminal to be asked"
    )


def test_the_keyring_backends_absence(monkeypatch):
    """keyring's own answer on a machine without a Secret Service, Keychain or Credential Manager."""
    import keyring
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda backend=backend: backend)
        assert keyring_absence() == "no system keyring on this computer"
        assert keyring_password("overlap-planner", "alice@x") is None

    def broken() -> object:
        raise RuntimeError("no D-Bus session")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert keyring_absence() == "the system keyring cannot be used: no D-Bus session"

    class Working(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return "stored" if (service, username) == ("overlap-planner", "alice@x") else None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise NotImplementedError

        def delete_password(self, service: str, username: str) -> None:
            raise NotImplementedError

    working = Working()
    monkeypatch.setattr(keyring, "get_keyring", lambda: working)
    monkeypatch.setattr(keyring, "get_password", working.get_password)
    assert keyring_absence() is None
    assert find_password("alice", "https://x/", environ={}) == "stored"


def test_urls_and_calendar_ids():
    assert account_key("alice", "http://127.0.0.1:5232/") == "alice@127.0.0.1:5232"
    assert check_url(" https://dav.example.com/ ") == "https://dav.example.com/"
    for bad in ("dav.example.com", "ftp://dav.example.com/", "https://"):
        with pytest.raises(PlannerError, match="is not a server address"):
            check_url(bad)
    with pytest.raises(PlannerError, match="not in the URL"):
        check_url("https://alice:pw@dav.example.com/")
    assert calendar_id("Overlap Planner", set()) == "overlap-planner"
    assert calendar_id("Überstunden 🎉", set()) == "berstunden"
    assert calendar_id("!!!", {"overlap-planner"}) == "overlap-planner-2"


def test_summary_lines():
    result = PublishResult(
        "Team", "http://x/alice/team/", True, created=("a",), updated=("b", "c"), removed=("d",)
    )
    assert result.summary() == [
        'calendar "Team" (created): http://x/alice/team/',
        "added: a",
        "updated: b, c",
        "removed: d",
    ]
    assert (
        PublishResult("Team", "u", False).summary()[1]
        == "nothing to publish: the plan has no meetings"
    )


# --- against Radicale -----------------------------------------------------------------------


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RadicaleServer]:
    server = start_radicale(
        tmp_path_factory.mktemp("radicale"),
        {USER: PASSWORD, "bob": "bob-password"},
        max_content_length=60_000,
    )
    try:
        yield server
    finally:
        server.stop()


def example(path: str) -> tuple[Plan, str]:
    plan = load_plan(path).plan
    return plan, plan_identity(plan, path)


def publish(
    server: RadicaleServer, plan: Plan, identity: str, calendar: str, **options
) -> PublishResult:
    options.setdefault("password", PASSWORD)
    return publish_plan(
        plan,
        identity=identity,
        url=server.url,
        user=USER,
        now=NOW,
        calendar_name=calendar,
        **options,
    )


def server_calendar(client: DAVClient, name: str):
    for calendar in client.principal().get_calendars():
        if calendar.get_display_name() == name:
            return calendar
    return None


def stored(server: RadicaleServer, name: str) -> dict[str, str]:
    """UID -> SUMMARY of every event in the named calendar (empty when there is none)."""
    with DAVClient(url=server.url, username=USER, password=PASSWORD) as client:
        calendar = server_calendar(client, name)
        if calendar is None:
            return {}
        return {str(e.id): str(e.icalendar_component["SUMMARY"]) for e in calendar.get_events()}


def expanded(server: RadicaleServer, name: str, span: Range) -> list[tuple[str, int, int]]:
    """(UID, start, end) of the occurrences starting in ``span``, expanded by the server."""
    low, high = datetime.fromtimestamp(span.start, UTC), datetime.fromtimestamp(span.end, UTC)
    with DAVClient(url=server.url, username=USER, password=PASSWORD) as client:
        calendar = server_calendar(client, name)
        found = []
        for item in calendar.search(start=low, end=high, event=True, expand=True):
            for event in item.icalendar_instance.walk("VEVENT"):
                start = int(event["DTSTART"].dt.timestamp())
                if span.start <= start < span.end:
                    found.append((str(event["UID"]), start, int(event["DTEND"].dt.timestamp())))
        return sorted(found)


def planned(plan: Plan, identity: str, span: Range) -> list[tuple[str, int, int]]:
    return sorted(
        (event_uid(identity, report.meeting_id), o.start, o.end)
        for report in analyze(plan, span).meetings
        for o in report.occurrences
        if not o.skipped
    )


@pytest.mark.radicale
def test_publish_creates_the_calendar_and_the_server_lists_the_planned_occurrences(radicale):
    plan, identity = example(NEW_YORK)
    result = publish(radicale, plan, identity, "Acme")
    assert (result.calendar, result.calendar_created) == ("Acme", True)
    assert result.calendar_url == f"{radicale.url}{USER}/acme/"
    assert (result.created, result.updated, result.removed, result.kept) == (
        ("kyiv-weekly", "support-review"),
        (),
        (),
        (),
    )
    occurrences = expanded(radicale, "Acme", YEAR)
    assert len(occurrences) == 51 + 9
    assert occurrences == planned(plan, identity, YEAR)


@pytest.mark.radicale
def test_publishing_again_updates_the_same_events(radicale):
    plan, identity = example(NEW_YORK)
    publish(radicale, plan, identity, "Twice")
    again = publish(radicale, plan, identity, "Twice")
    assert (again.calendar_created, again.created, again.updated) == (
        False,
        (),
        ("kyiv-weekly", "support-review"),
    )
    moved = replace(plan.meetings[0], start_time=time(11, 30), title="SEO status, moved")
    edited = replace(plan, meetings=(moved, plan.meetings[1]))
    publish(radicale, edited, identity, "Twice")
    assert stored(radicale, "Twice") == {
        event_uid(identity, "kyiv-weekly"): "SEO status, moved",
        event_uid(identity, "support-review"): "Support monthly review",
    }
    assert expanded(radicale, "Twice", YEAR) == planned(edited, identity, YEAR)


@pytest.mark.radicale
def test_removed_meetings_stay_unless_pruned_and_other_plans_are_untouched(radicale):
    plan, identity = example(NEW_YORK)
    other, other_identity = example(LONDON)
    publish(radicale, plan, identity, "Shared")
    publish(radicale, other, other_identity, "Shared")
    smaller = replace(plan, meetings=plan.meetings[1:])

    kept = publish(radicale, smaller, identity, "Shared")
    assert (kept.updated, kept.kept, kept.removed) == (("support-review",), ("kyiv-weekly",), ())
    assert kept.summary()[-1] == (
        "kept 1 event of meetings no longer in the plan (kyiv-weekly): publish with --prune to remove them"
    )
    assert len(stored(radicale, "Shared")) == 4

    pruned = publish(radicale, smaller, identity, "Shared", prune=True)
    assert (pruned.kept, pruned.removed) == ((), ("kyiv-weekly",))
    assert sorted(stored(radicale, "Shared")) == sorted(
        [
            event_uid(identity, "support-review"),
            event_uid(other_identity, "three-site"),
            event_uid(other_identity, "kickoff"),
        ]
    )

    emptied = publish(radicale, replace(plan, meetings=()), identity, "Shared", prune=True)
    assert emptied.removed == ("support-review",)
    assert sorted(stored(radicale, "Shared")) == sorted(
        [event_uid(other_identity, "three-site"), event_uid(other_identity, "kickoff")]
    )


@pytest.mark.radicale
def test_wrong_password_is_one_clear_message_and_nothing_is_created(radicale):
    plan, identity = example(NEW_YORK)
    with pytest.raises(PublishError) as caught:
        publish(radicale, plan, identity, "Never", password="not-the-password")
    host = radicale.url.split("//")[1].rstrip("/")
    assert str(caught.value) == (
        f'the server at {host} refused user "alice" (HTTP 401 Unauthorized): wrong user name or '
        "password; nothing was sent"
    )
    assert "not-the-password" not in str(caught.value)
    assert stored(radicale, "Never") == {}


@pytest.mark.radicale
def test_unreachable_server(radicale):
    plan, identity = example(NEW_YORK)
    port = free_port()
    with pytest.raises(PublishError) as caught:
        publish_plan(
            plan,
            identity=identity,
            url=f"http://127.0.0.1:{port}/",
            user=USER,
            password=PASSWORD,
            now=NOW,
        )
    assert str(caught.value) == (
        f"cannot reach 127.0.0.1:{port}: connection refused; check the address and port and that "
        "the server runs; nothing was sent"
    )


@pytest.mark.radicale
def test_tls_failure(radicale):
    plan, identity = example(NEW_YORK)
    https = radicale.url.replace("http://", "https://")
    with pytest.raises(PublishError) as caught:
        publish_plan(plan, identity=identity, url=https, user=USER, password=PASSWORD, now=NOW)
    host = radicale.url.split("//")[1].rstrip("/")
    message = str(caught.value)
    # The detail in parentheses is OpenSSL's ("wrong version number" with OpenSSL 3.0).
    assert re.fullmatch(
        rf"TLS failure talking to {re.escape(host)} \([a-z][^()]*\): check that the server speaks "
        r"https at this address \(or use http:// for a server without TLS\); nothing was sent",
        message,
    ), message


@pytest.mark.radicale
def test_a_calendar_that_refuses_writes(radicale):
    plan, identity = example(NEW_YORK)
    with pytest.raises(PublishError) as caught:
        publish(radicale, plan, identity, READONLY_CALENDAR)
    assert str(caught.value) == (
        'calendar "readonly" refuses writes (HTTP 403 Forbidden) at meeting "kyiv-weekly": nothing was sent'
    )
    assert (caught.value.sent, caught.value.not_sent) == ((), ("kyiv-weekly", "support-review"))
    assert stored(radicale, READONLY_CALENDAR) == {}


def _with_refused_meeting(plan: Plan) -> Plan:
    """The plan with its meetings renamed, a new one, and one too large for the server."""
    base = plan.meetings[0]
    renamed = tuple(replace(m, title=m.title + " (v2)") for m in plan.meetings)
    new = replace(base, id="new-call", title="New call")
    huge = replace(base, id="huge", title="Huge", description="x" * 70_000)
    return replace(plan, meetings=(*renamed, new, huge))


@pytest.mark.radicale
def test_a_meeting_refused_half_way_takes_back_what_was_sent(radicale):
    plan, identity = example(NEW_YORK)
    publish(radicale, plan, identity, "Midway")
    before = stored(radicale, "Midway")
    with pytest.raises(PublishError) as caught:
        publish(radicale, _with_refused_meeting(plan), identity, "Midway")
    too_large = HTTPStatus(413).phrase  # "Content Too Large" from Python 3.13 on
    assert str(caught.value) == (
        f'the server refused to store the meeting (HTTP 413 {too_large}) at meeting "huge": '
        "took back the 3 meetings already sent (kyiv-weekly, support-review, new-call), so the "
        "calendar is as it was; not sent: huge"
    )
    assert caught.value.sent == ()
    assert stored(radicale, "Midway") == before
    assert expanded(radicale, "Midway", YEAR) == planned(plan, identity, YEAR)


@pytest.mark.radicale
def test_what_cannot_be_taken_back_is_named(radicale, monkeypatch):
    plan, identity = example(NEW_YORK)
    publish(radicale, plan, identity, "Stuck")

    def server_gone(self, url: str) -> None:
        raise ConnectionRefusedError(111, "Connection refused")

    monkeypatch.setattr(Session, "delete", server_gone)
    with pytest.raises(PublishError) as caught:
        publish(radicale, _with_refused_meeting(plan), identity, "Stuck")
    assert str(caught.value).endswith(
        'at meeting "huge": sent kyiv-weekly, support-review, new-call and could not take back '
        "new-call, which stay on the calendar in their new version; not sent: huge"
    )
    assert caught.value.sent == ("new-call",)
    assert stored(radicale, "Stuck")[event_uid(identity, "kyiv-weekly")] == "SEO weekly status"


@pytest.mark.radicale
def test_publish_verb_end_to_end(radicale, monkeypatch):
    monkeypatch.setenv("OP_TEST_PASSWORD", PASSWORD)
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "publish",
        NEW_YORK,
        "--url",
        radicale.url,
        "--user",
        USER,
        "--password-env",
        "OP_TEST_PASSWORD",
    ]
    assert run(argv, out, err, NOW) == 0
    assert err.getvalue() == ""
    assert out.getvalue() == (
        f'overlap-planner: calendar "{DEFAULT_CALENDAR}" (created): {radicale.url}{USER}/overlap-planner/\n'
        "overlap-planner: added: kyiv-weekly, support-review\n"
    )
    monkeypatch.setenv("OP_TEST_PASSWORD", "wrong-password-123")
    out, err = io.StringIO(), io.StringIO()
    assert run([*argv, "--calendar", "Other"], out, err, NOW) == 2
    assert out.getvalue() == ""
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "overlap-planner: error: the server at 127.0.0.1:"
    )
    assert "wrong-password-123" not in err.getvalue() and PASSWORD not in err.getvalue()


@pytest.mark.radicale
def test_an_address_the_user_may_not_use(radicale):
    plan, identity = example(NEW_YORK)
    meeting: Meeting = plan.meetings[0]
    with pytest.raises(PublishError) as caught:
        publish_plan(
            replace(plan, meetings=(meeting,)),
            identity=identity,
            url=radicale.url + "bob/",
            user=USER,
            password=PASSWORD,
            now=NOW,
            calendar_name="Elsewhere",
        )
    assert str(caught.value) == (
        f'user "alice" may not use {radicale.url}bob/ (HTTP 403 Forbidden): check that it is the '
        "server's CalDAV address for this user; nothing was sent"
    )
