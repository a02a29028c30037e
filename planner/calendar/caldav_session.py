"""One CalDAV connection for a publish: log in, find or create the calendar, write events.

Everything that can fail before the first write (the password, the server, the calendar)
is checked in :meth:`Session.connect`; :meth:`Session.take_back` undoes the writes of a
publish that fails half-way. A failure is explained for a person (``PublishError``),
network problems and HTTP statuses in plain words, and never with the password in it.
"""

from __future__ import annotations

import contextlib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

from planner.errors import PlannerError
from planner.text import Text

TIMEOUT_SECONDS = 30


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


def check_url(url: str) -> str:
    """The server URL if it is usable: http(s), a host, no credentials in it.

    >>> check_url("https://dav.example.com/")
    'https://dav.example.com/'
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PlannerError(
            Text('"{url}" is not a server address: write it as https://host/path', url=url)
        )
    if parts.username or parts.password:
        raise PlannerError(
            Text("put the user name in --user and the password in --password-env, not in the URL")
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


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps (causes, contexts, ``reason`` and ``args``)."""
    pending = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)
        linked = [current.__cause__, current.__context__, reason, *current.args]
        pending.extend(e for e in linked if isinstance(e, BaseException))


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


def _network_problem(exc: BaseException, url: str) -> str | None:
    """A message for a failure to talk to the server at all, or None when it answered."""
    causes = list(_causes(exc))
    host = _host(url)
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or "certificate verify failed"
            return (
                f"TLS failure talking to {host}: its certificate is not trusted ({detail}); "
                "check the address, or install the certificate of the server's authority"
            )
    tls = [c for c in causes if isinstance(c, ssl.SSLError)]
    if tls or any("SSLError" in type(c).__name__ for c in causes):
        # "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"
        detail = re.sub(r"^\[[^\]]*\]\s*|\s*\(_ssl\.c:\d+\)$", "", str(tls[-1])) if tls else ""
        return (
            f"TLS failure talking to {host} ({detail or 'handshake failed'}): check that the server "
            "speaks https at this address (or use http:// for a server without TLS)"
        )
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError):
            return f"cannot reach {host}: connection refused; check the address and port and that the server runs"
        if isinstance(cause, socket.gaierror) or "NameResolution" in type(cause).__name__:
            return f"cannot reach {host}: the host name is not known; check the address"
        if isinstance(cause, TimeoutError) or "Timeout" in type(cause).__name__:
            return f"cannot reach {host}: no answer within {TIMEOUT_SECONDS} s"
    for cause in causes:
        if isinstance(cause, OSError) and type(cause).__module__ in ("builtins", "socket"):
            return f"cannot reach {host}: {cause.strerror or type(cause).__name__}"
    if isinstance(exc, OSError):  # niquests and requests errors are OSErrors
        return f"cannot reach {host}: {type(exc).__name__}"
    return None


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status", None)
    return status if isinstance(status, int) else None


def _http_text(exc: BaseException) -> str:
    """``HTTP 403 Forbidden``: the status with its standard phrase (servers' texts vary)."""
    status = _status(exc)
    if status is None:
        return type(exc).__name__
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


@dataclass
class Session:
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
        message = _network_problem(exc, self.url)
        if message is None:
            status = _status(exc)
            type_name = type(exc).__name__
            if status == 401 or (type_name == "AuthorizationError" and status is None):
                message = (
                    f'the server at {_host(self.url)} refused user "{self.user}" ({_http_text(exc)}): '
                    "wrong user name or password"
                )
            elif doing == "connect" and (status == 403 or type_name == "AuthorizationError"):
                message = (
                    f'user "{self.user}" may not use {self.url} ({_http_text(exc)}): check that it '
                    "is the server's CalDAV address for this user"
                )
            elif doing == "write" and (status == 403 or type_name == "AuthorizationError"):
                message = f'calendar "{self.calendar_name}" refuses writes ({_http_text(exc)})'
            elif doing == "write":
                message = f"the server refused to store the meeting ({_http_text(exc)})"
            elif doing == "create":
                message = (
                    f'the server refused to create calendar "{self.calendar_name}" ({_http_text(exc)}): '
                    "create it in your calendar app, or name an existing one with --calendar"
                )
            elif doing == "connect":
                message = (
                    f"{self.url} is not a CalDAV server that this user can use ({_http_text(exc)})"
                )
            else:
                message = f"the server refused to {doing} ({_http_text(exc)})"
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


def dav_client(**options: Any) -> Any:
    """A ``caldav.DAVClient`` (imported here: only publishing needs the caldav package)."""
    from caldav.davclient import DAVClient

    return DAVClient(**options)
