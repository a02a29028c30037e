"""Publishing a plan's meetings to a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale).

Each meeting becomes one calendar object resource, put under its stable UID
(:func:`planner.ical.event_uid`), so publishing again replaces the same events instead of
adding copies. Events of the plan whose meeting is no longer in it are removed only when
asked (``prune``); events of other plans and of other programs are never touched.

Publishing is all or nothing where the protocol allows: everything that can fail before
the first write (the password, the server, the calendar) is checked first, and when the
server refuses a meeting half-way, the meetings already sent are taken back (new events
deleted, replaced ones restored) before the error is raised. The error says what was and
was not sent. The password is only ever passed to the server: no message contains it.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from planner.calendar.caldav_errors import (
    TIMEOUT_SECONDS,
    host_port,
    http_text,
    network_problem,
    status_code,
)
from planner.calendar.ical import calendar_text, meeting_event, uid_suffix
from planner.calendar.transport import check_transport
from planner.errors import PlannerError
from planner.plan.model import Plan

KEYRING_SERVICE = "overlap-planner"
DEFAULT_CALENDAR = "Overlap Planner"


class PublishError(PlannerError):
    """Publishing failed. The message says why, and what was and was not sent.

    Attributes:
        sent: meeting ids whose events are on the calendar in their new version.
        not_sent: meeting ids that were not published (or were taken back).
    """

    def __init__(
        self, message: str, sent: tuple[str, ...] = (), not_sent: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message)
        self.sent = sent
        self.not_sent = not_sent


@dataclass(frozen=True, slots=True)
class PublishResult:
    """What a publish did.

    Attributes:
        calendar: the calendar's display name.
        calendar_url: its URL.
        calendar_created: True when this publish created the calendar.
        created: meeting ids whose events were added.
        updated: meeting ids whose events were replaced.
        removed: meeting ids no longer in the plan whose events were removed (prune).
        kept: meeting ids no longer in the plan whose events were left alone.
    """

    calendar: str
    calendar_url: str
    calendar_created: bool
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()

    def summary(self) -> list[str]:
        """The result as lines for a person.

        >>> PublishResult("Team", "https://x/cal/", False, created=("a",), kept=("old",)).summary()[1:]
        ['added: a', 'kept 1 event of meetings no longer in the plan (old): publish with --prune to remove them']
        """
        state = "created" if self.calendar_created else "existing"
        lines = [f'calendar "{self.calendar}" ({state}): {self.calendar_url}']
        if self.created:
            lines.append("added: " + ", ".join(self.created))
        if self.updated:
            lines.append("updated: " + ", ".join(self.updated))
        if self.removed:
            lines.append("removed: " + ", ".join(self.removed))
        if self.kept:
            count = len(self.kept)
            lines.append(
                f"kept {count} event{'s' if count > 1 else ''} of meetings no longer in the plan "
                f"({', '.join(self.kept)}): publish with --prune to remove them"
            )
        if not (self.created or self.updated or self.removed):
            lines.append("nothing to publish: the plan has no meetings")
        return lines


def account_key(user: str, url: str) -> str:
    """The keyring user name of an account: ``user@host[:port]``.

    >>> account_key("alice", "https://cloud.example.com/remote.php/dav/")
    'alice@cloud.example.com'
    """
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{user}@{host}:{parts.port}" if parts.port else f"{user}@{host}"


def keyring_password(service: str, key: str) -> str | None:
    """The password the system keyring holds for ``key``, or None (also with no keyring)."""
    try:
        import keyring

        value = keyring.get_password(service, key)
    except Exception:  # no backend, a locked or broken one: the next source is asked
        return None
    return value if isinstance(value, str) and value else None


def find_password(
    user: str,
    url: str,
    *,
    env_var: str | None = None,
    environ: Mapping[str, str] | None = None,
    keyring_lookup: Callable[[str, str], str | None] = keyring_password,
    prompt: Callable[[str], str] | None = None,
) -> str:
    """The CalDAV password: from ``env_var``, else the system keyring, else ``prompt``.

    Args:
        user: the account's user name.
        url: the server's URL.
        env_var: the environment variable that holds it (``--password-env``); when given,
            no other source is asked.
        environ: the environment (``os.environ`` when not given).
        keyring_lookup: ``(service, key) -> password or None``.
        prompt: asks a person, given the question; None when nobody can be asked.

    >>> find_password("alice", "https://x", env_var="PW", environ={"PW": "s3cret"})
    's3cret'
    """
    environ = os.environ if environ is None else environ
    key = account_key(user, url)
    if env_var is not None:
        value = environ.get(env_var, "")
        if not value:
            raise PlannerError(
                f"environment variable {env_var} is not set or empty: set it to the password of {key}"
            )
        return value
    stored = keyring_lookup(KEYRING_SERVICE, key)
    if stored:
        return stored
    if prompt is None:
        raise PlannerError(
            f"no password for {key}: pass --password-env VAR with the password in that variable, "
            f'store it in the system keyring (keyring set {KEYRING_SERVICE} "{key}"), '
            "or run in a terminal to be asked"
        )
    value = prompt(f"Password for {key}: ")
    if not value:
        raise PlannerError(f"no password given for {key}")
    return value


def check_url(url: str) -> str:
    """The server URL if it is usable: http(s), a host, no credentials in it.

    >>> check_url("https://dav.example.com/")
    'https://dav.example.com/'
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PlannerError(f'"{url}" is not a server address: write it as https://host/path')
    if parts.username or parts.password:
        raise PlannerError(
            "put the user name in --user and the password in --password-env, not in the URL"
        )
    return url.strip()


def calendar_id(name: str, taken: set[str]) -> str:
    """A URL segment for a new calendar named ``name``, not among ``taken``.

    >>> calendar_id("Acme: Manila & Kyiv", {"acme-manila-kyiv"})
    'acme-manila-kyiv-2'
    """
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "overlap-planner"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


@dataclass
class _Session:
    """One publish: the server connection and what has been written so far."""

    url: str
    user: str
    password: str
    calendar_name: str
    client_factory: Callable[..., Any]
    client: Any = None
    calendar: Any = None
    created_calendar: bool = False
    # (meeting id, URL, the data it replaced or None when it was new), in the order sent
    written: list[tuple[str, str, bytes | None]] = field(default_factory=list)

    def explain(self, exc: BaseException, doing: str) -> str:
        """What went wrong while ``doing``, for a person; never contains the password."""
        message = network_problem(exc, self.url)
        if message is None:
            status = status_code(exc)
            type_name = type(exc).__name__
            if status == 401 or (type_name == "AuthorizationError" and status is None):
                message = (
                    f'the server at {host_port(self.url)} refused user "{self.user}" ({http_text(exc)}): '
                    "wrong user name or password"
                )
            elif doing == "connect" and (status == 403 or type_name == "AuthorizationError"):
                message = (
                    f'user "{self.user}" may not use {self.url} ({http_text(exc)}): check that it '
                    "is the server's CalDAV address for this user"
                )
            elif doing == "write" and (status == 403 or type_name == "AuthorizationError"):
                message = f'calendar "{self.calendar_name}" refuses writes ({http_text(exc)})'
            elif doing == "write":
                message = f"the server refused to store the meeting ({http_text(exc)})"
            elif doing == "create":
                message = (
                    f'the server refused to create calendar "{self.calendar_name}" ({http_text(exc)}): '
                    "create it in your calendar app, or name an existing one with --calendar"
                )
            elif doing == "connect":
                message = (
                    f"{self.url} is not a CalDAV server that this user can use ({http_text(exc)})"
                )
            else:
                message = f"the server refused to {doing} ({http_text(exc)})"
        if len(self.password) >= 3:
            message = message.replace(self.password, "***")
        return message

    def connect(self) -> None:
        """Log in and find (or create) the calendar; nothing is written before this succeeds."""
        try:
            self.client = self.client_factory(
                url=self.url, username=self.user, password=self.password, timeout=TIMEOUT_SECONDS
            )
            principal = self.client.principal()
            calendars = principal.get_calendars()
            names = [(c, c.get_display_name()) for c in calendars]
        except Exception as exc:
            raise PublishError(self.explain(exc, "connect") + "; nothing was sent") from None
        for calendar, name in names:
            if name == self.calendar_name:
                self.calendar = calendar
                return
        taken = {str(c.url).rstrip("/").rsplit("/", 1)[-1] for c, _ in names}
        try:
            self.calendar = principal.make_calendar(
                name=self.calendar_name, cal_id=calendar_id(self.calendar_name, taken)
            )
        except Exception as exc:
            raise PublishError(self.explain(exc, "create") + "; nothing was sent") from None
        self.created_calendar = True

    def existing(self, suffix: str) -> dict[str, tuple[str, bytes]]:
        """UID -> (URL, data) of the calendar's events whose UID ends with ``suffix``."""
        try:
            found = self.calendar.search(event=True, uid=suffix)
            result = {}
            for item in found:
                uid = str(item.id or "")
                if uid.endswith(suffix):
                    data = item.data
                    result[uid] = (
                        str(item.url),
                        data.encode("utf-8") if isinstance(data, str) else data,
                    )
            return result
        except Exception as exc:
            raise PublishError(
                self.explain(exc, "list the calendar's events") + "; nothing was sent"
            ) from None

    def put(self, data: bytes, url: str | None) -> str:
        """Store one calendar object (at ``url``, else at the URL its UID names); its URL."""
        from caldav.calendarobjectresource import Event

        event = Event(client=self.client, url=url, parent=self.calendar)
        event.save(raw_data=data)
        return str(event.url)

    def delete(self, url: str) -> None:
        """Remove one calendar object."""
        from caldav.calendarobjectresource import Event

        Event(client=self.client, url=url, parent=self.calendar).delete()

    def close(self) -> None:
        """Close the connection (its sockets), if one was opened."""
        close = getattr(self.client, "close", None)
        if callable(close):
            # A failure to close cannot undo anything: the result stands.
            with contextlib.suppress(Exception):
                close()

    def take_back(self) -> list[str]:
        """Undo this session's writes, newest first; the meeting ids that could not be undone."""
        stuck = []
        for meeting_id, url, previous in reversed(self.written):
            try:
                if previous is None:
                    self.delete(url)
                else:
                    self.put(previous, url)
            except Exception:
                stuck.append(meeting_id)
        return stuck[::-1]


def _dav_client(**options: Any) -> Any:
    from caldav.davclient import DAVClient  # imported here: only publishing needs it

    return DAVClient(**options)


def _meeting_id(uid: str, suffix: str) -> str:
    return uid[: -len(suffix)]


def publish_plan(
    plan: Plan,
    *,
    identity: str,
    url: str,
    user: str,
    password: str,
    now: datetime,
    calendar_name: str = DEFAULT_CALENDAR,
    prune: bool = False,
    dtstamp: datetime | None = None,
    client_factory: Callable[..., Any] | None = None,
    allow_insecure_http: bool = False,
) -> PublishResult:
    """Send every meeting of ``plan`` to a CalDAV calendar, replacing earlier versions.

    Args:
        plan: the plan.
        identity: the plan's identity for the UIDs (:func:`planner.ical.plan_identity`).
        url: the server (or principal, or calendar home) URL.
        user: the account's user name.
        password: its password (never stored, never in a message).
        now: the publish time (aware): DTSTAMP and the holiday horizon of open-ended series.
        calendar_name: the display name of the calendar; created when there is none.
        prune: remove the events of this plan whose meeting is no longer in it.
        dtstamp: the DTSTAMP to write instead of ``now``.
        client_factory: makes the CalDAV client (``caldav.DAVClient`` when not given).
        allow_insecure_http: send the password over plain http:// to another machine
            (refused otherwise, :mod:`planner.calendar.transport`).

    Returns:
        What was added, updated, removed and kept.

    Raises:
        PublishError: the server could not be used, or refused a meeting (the meetings
            sent before are taken back); the message says what was and was not sent.
        PlannerError: a bad URL or calendar name, or plain http:// not allowed.

    >>> publish_plan(Plan(), identity="x", url="ftp://x", user="a", password="b",
    ...              now=datetime(2027, 1, 1).astimezone())
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: "ftp://x" is not a server address: write it as https://host/path
    """
    url = check_url(url)
    check_transport(url, allow_insecure_http)
    if not calendar_name.strip():
        raise PlannerError("the calendar name is empty: give one with --calendar")
    if not user.strip():
        raise PlannerError("the user name is empty: give it with --user")
    suffix = uid_suffix(identity)
    resources = []
    for meeting in plan.meetings:
        event = meeting_event(plan, meeting, identity=identity, now=now, dtstamp=dtstamp)
        if not event.lines:  # a one-off that a holiday skips: not sent, like a removed meeting
            continue
        resources.append(
            (meeting.id, event.uid, calendar_text([event], method=None).encode("utf-8"))
        )
    session = _Session(url, user, password, calendar_name.strip(), client_factory or _dav_client)
    try:
        return _publish(session, resources, suffix, prune)
    finally:
        session.close()


def _publish(
    session: _Session, resources: list[tuple[str, str, bytes]], suffix: str, prune: bool
) -> PublishResult:
    session.connect()
    before = session.existing(suffix)
    created: list[str] = []
    updated: list[str] = []
    for index, (meeting_id, uid, data) in enumerate(resources):
        old = before.get(uid)
        try:
            stored_url = session.put(data, old[0] if old else None)
        except Exception as exc:
            reason = session.explain(exc, "write")
            sent = tuple(m for m, _, _ in session.written)
            stuck = tuple(session.take_back())
            not_sent = tuple(m for m, _, _ in resources[index:])
            message = _failure(reason, meeting_id, sent, stuck, not_sent)
            others = tuple(m for m, _, _ in resources if m not in stuck)
            raise PublishError(message, stuck, others) from None
        session.written.append((meeting_id, stored_url, old[1] if old else None))
        (updated if old else created).append(meeting_id)
    current = {uid for _, uid, _ in resources}
    stale = sorted(uid for uid in before if uid not in current)
    removed: list[str] = []
    if prune:
        for uid in stale:
            try:
                session.delete(before[uid][0])
            except Exception as exc:
                left = [_meeting_id(u, suffix) for u in stale[len(removed) :]]
                raise PublishError(
                    f"{session.explain(exc, 'remove an event')}: every meeting was sent, but the "
                    f"events of removed meetings {', '.join(left)} are still on the calendar",
                    tuple(m for m, _, _ in resources),
                ) from None
            removed.append(_meeting_id(uid, suffix))
    return PublishResult(
        calendar=session.calendar_name,
        calendar_url=str(session.calendar.url),
        calendar_created=session.created_calendar,
        created=tuple(created),
        updated=tuple(updated),
        removed=tuple(removed),
        kept=() if prune else tuple(_meeting_id(u, suffix) for u in stale),
    )


def _failure(
    reason: str,
    meeting_id: str,
    sent: tuple[str, ...],
    stuck: tuple[str, ...],
    not_sent: tuple[str, ...],
) -> str:
    """The message of a publish that failed at ``meeting_id``."""
    message = f'{reason} at meeting "{meeting_id}"'
    if not sent:
        return f"{message}: nothing was sent"
    if not stuck:
        return (
            f"{message}: took back the {len(sent)} meeting{'s' if len(sent) > 1 else ''} already sent "
            f"({', '.join(sent)}), so the calendar is as it was; not sent: {', '.join(not_sent)}"
        )
    return (
        f"{message}: sent {', '.join(sent)} and could not take back {', '.join(stuck)}, which "
        f"stay on the calendar in their new version; not sent: {', '.join(not_sent)}"
    )
