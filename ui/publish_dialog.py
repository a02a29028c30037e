"""The publish dialog: send the plan's meetings to a CalDAV calendar.

The server address, user name and calendar name are remembered (in the QSettings store
given); the password is typed for this session only and never saved anywhere. When the
password field is left empty, the system keyring is asked (``planner.calendar.credentials``).
Publishing runs in a worker thread so the window stays responsive; the result, or the one
clear message of a failure with what was and was not sent, is shown in the dialog.

An address with plain ``http://`` to another machine would send the password unencrypted:
a red warning says so while it is typed, and publishing asks first
(``planner.calendar.transport``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.calendar.caldav_publish import DEFAULT_CALENDAR, PublishResult, publish_plan
from planner.calendar.caldav_session import check_url
from planner.calendar.credentials import find_password, keyring_absence, keyring_password
from planner.calendar.events import plan_identity
from planner.calendar.transport import sends_password_in_clear
from planner.errors import PlannerError
from planner.plan.model import Plan
from ui.i18n.domain import domain_text

Publisher = Callable[..., PublishResult]
Confirm = Callable[[QWidget, str], bool]
SETTINGS_KEYS = ("publish/url", "publish/user", "publish/calendar")
WARNING_STYLE = "color: #c62828; font-weight: bold;"


def ask_insecure(parent: QWidget, host: str) -> bool:
    """Ask whether to send the password unencrypted to ``host``; No is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PublishDialog", "Send the password unencrypted?"),
        QCoreApplication.translate(
            "PublishDialog",
            "The address uses http://, so the password for {host} would travel unencrypted: "
            "anyone on the network could read it.\n\nSend it anyway?",
        ).format(host=host),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class _PublishThread(QThread):
    """Runs one publish; ``done`` carries the PublishResult or the exception raised."""

    done = Signal(object)

    def __init__(self, job: Callable[[], PublishResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            outcome: object = self._job()
        except Exception as exc:  # handed to the GUI thread, which decides what it means
            outcome = exc
        self.done.emit(outcome)


class PublishDialog(QDialog):
    """Publish ``plan``'s meetings to a CalDAV calendar.

    Args:
        plan: the plan to publish.
        plan_path: its file (for the UIDs of an untitled plan), None when never saved.
        parent: the parent window.
        store: where the address, user and calendar are remembered; None: nowhere.
        publisher: ``planner.calendar.caldav_publish.publish_plan`` or a stand-in with its signature.
        keyring_lookup: asked for the password when the field is empty.
        clock: the current time (aware).
        absence: why there is no system keyring, or None (default: asked of the system
            for the system keyring, None for another ``keyring_lookup``).
        confirm_insecure: asks whether to publish over plain http:// to ``host``.
    """

    published = Signal(object)  # the PublishResult of a publish that succeeded

    def __init__(
        self,
        plan: Plan,
        plan_path: str | None,
        parent: QWidget | None = None,
        *,
        store: QSettings | None = None,
        publisher: Publisher = publish_plan,
        keyring_lookup: Callable[[str, str], str | None] = keyring_password,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        absence: Callable[[], str | None] | None = None,
        confirm_insecure: Confirm = ask_insecure,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to a CalDAV calendar"))
        if absence is None:
            absence = keyring_absence if keyring_lookup is keyring_password else lambda: None
        self._no_keyring = absence()
        self._plan = plan
        self._plan_path = plan_path
        self._store = store
        self._publisher = publisher
        self._keyring_lookup = keyring_lookup
        self._clock = clock
        self._confirm_insecure = confirm_insecure
        self._thread: _PublishThread | None = None

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav/")
        self.insecure = QLabel()
        self.insecure.setTextFormat(Qt.TextFormat.PlainText)
        self.insecure.setWordWrap(True)
        self.insecure.setStyleSheet(WARNING_STYLE)
        self.insecure.hide()
        self.url.textChanged.connect(self._check_transport)
        self.user = QLineEdit()
        self.calendar = QLineEdit()
        self.calendar.setPlaceholderText(DEFAULT_CALENDAR)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("required ({reason})").format(reason=self._no_keyring)
            if self._no_keyring
            else self.tr("empty: use the system keyring")
        )
        self.prune = QCheckBox(self.tr("Remove the events of meetings no longer in the plan"))
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.status = QPlainTextEdit()
        self.status.setReadOnly(True)
        self.status.setPlaceholderText(
            self.tr(
                "%n meeting(s) will be sent; publishing again updates them.", "", len(plan.meetings)
            )
        )
        self.status.setMaximumHeight(140)
        self.status.setAccessibleName(self.tr("Publishing progress"))

        form = QFormLayout()
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow("", self.insecure)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        form.addRow("", self.prune)
        note = QLabel(self.tr("The password is used for this publish only and is never saved."))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = QPushButton(self.tr("&Publish"))
        self.publish_button.setDefault(True)
        self.buttons.addButton(self.publish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.headline)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load()

    # settings --------------------------------------------------------------------------
    def _load(self) -> None:
        if self._store is None:
            return
        for key, field in zip(SETTINGS_KEYS, (self.url, self.user, self.calendar), strict=True):
            value = self._store.value(key, "")
            field.setText(str(value) if value else "")

    def _save(self) -> None:
        if self._store is None:
            return
        for key, field in zip(SETTINGS_KEYS, (self.url, self.user, self.calendar), strict=True):
            self._store.setValue(key, field.text().strip())
        self._store.sync()

    def _check_transport(self, url: str) -> None:
        """Show the red warning while the address would send the password in clear."""
        clear = sends_password_in_clear(url)
        if clear:
            host = urlsplit(url.strip()).hostname or url.strip()
            self.insecure.setText(
                self.tr(
                    "Warning: http:// sends the password unencrypted to {host}; anyone on the "
                    "network could read it. Use https:// if the server offers it."
                ).format(host=host)
            )
        self.insecure.setVisible(clear)

    # publishing -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a publish runs."""
        return self._thread is not None

    def start(self) -> None:
        """Check the fields and start publishing in the background."""
        if self.busy:
            return
        try:
            job = self._job()
        except PlannerError as exc:
            self._show(self.tr("Not published"), domain_text(exc))
            return
        self._save()
        self._set_busy(True)
        self._show(self.tr("Publishing…"), "")
        self._thread = _PublishThread(job, self)
        self._thread.done.connect(self._finished)
        self._thread.start()

    def _job(self) -> Callable[[], PublishResult]:
        """The publish to run, with every field checked first; PlannerError names the field."""
        url = self.url.text().strip()
        user = self.user.text().strip()
        if not url:
            self.url.setFocus()
            raise PlannerError(self.tr("Enter the server address (https://...)."))
        url = check_url(url)
        insecure = sends_password_in_clear(url)
        if insecure and not self._confirm_insecure(self, urlsplit(url).hostname or url):
            self.url.setFocus()
            raise PlannerError(
                self.tr(
                    "Not sent: the address uses http://, which would send the password "
                    "unencrypted. Use https://, or confirm that you trust the network."
                )
            )
        if not user:
            self.user.setFocus()
            raise PlannerError(self.tr("Enter the user name."))
        password = self.password.text()
        if not password:
            try:
                password = find_password(user, url, environ={}, keyring_lookup=self._keyring_lookup)
            except PlannerError:
                self.password.setFocus()
                if self._no_keyring:
                    raise PlannerError(
                        self.tr("Enter the password ({reason}).").format(reason=self._no_keyring)
                    ) from None
                raise PlannerError(
                    self.tr(
                        "Enter the password: the system keyring has none for {user} on this server."
                    ).format(user=user)
                ) from None
        identity = plan_identity(self._plan, self._plan_path)
        options: dict[str, Any] = {
            "identity": identity,
            "url": url,
            "user": user,
            "password": password,
            "now": self._clock(),
            "calendar_name": self.calendar.text().strip() or DEFAULT_CALENDAR,
            "prune": self.prune.isChecked(),
            "allow_insecure_http": insecure,
        }
        plan, publisher = self._plan, self._publisher
        return lambda: publisher(plan, **options)

    def _finished(self, outcome: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._set_busy(False)
        if isinstance(outcome, PublishResult):
            self._show(
                self.tr("Published"), "\n".join(domain_text(line) for line in outcome.summary())
            )
            self.published.emit(outcome)
        elif isinstance(outcome, PlannerError):
            self._show(self.tr("Not published"), domain_text(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome  # a bug: the application's crash handler takes it from here

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.url,
            self.user,
            self.password,
            self.calendar,
            self.prune,
            self.publish_button,
        ):
            widget.setEnabled(not busy)

    def _show(self, headline: str, text: str) -> None:
        self.headline.setText(headline)
        self.status.setPlainText(text)

    def done(self, result: int) -> None:
        """Close the dialog (not while publishing) and forget the password."""
        if self.busy:
            return
        self.password.clear()
        super().done(result)
