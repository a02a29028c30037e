"""Publishing a plan's meetings to a CalDAV calendar (Nextcloud, Fastmail, iCloud, Radicale).

Each meeting becomes one calendar object resource, put under its stable UID
(:func:`planner.calendar.events.event_uid`), so publishing again replaces the same events
instead of adding copies. Events of the plan whose meeting is no longer in it are removed
only when asked (``prune``); events of other plans and of other programs are never touched.

Publishing is all or nothing where the protocol allows: everything that can fail before
the first write (the password, the server, the calendar) is checked first
(:mod:`planner.calendar.caldav_session`), and when the server refuses a meeting half-way,
the meetings already sent are taken back (new events deleted, replaced ones restored)
before the error is raised. The error says what was and was not sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planner.calendar.caldav_session import PublishError, Session, check_url, dav_client
from planner.calendar.events import meeting_event, uid_suffix
from planner.calendar.ical import calendar_text
from planner.calendar.transport import check_transport
from planner.errors import PlannerError
from planner.plan.model import Plan
from planner.text import Text

DEFAULT_CALENDAR = "Overlap Planner"


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
        name, url = self.calendar, self.calendar_url
        lines: list[str] = [
            Text('calendar "{name}" (created): {url}', name=name, url=url)
            if self.calendar_created
            else Text('calendar "{name}" (existing): {url}', name=name, url=url)
        ]
        if self.created:
            lines.append(Text("added: {ids}", ids=", ".join(self.created)))
        if self.updated:
            lines.append(Text("updated: {ids}", ids=", ".join(self.updated)))
        if self.removed:
            lines.append(Text("removed: {ids}", ids=", ".join(self.removed)))
        if self.kept:
            count, ids = len(self.kept), ", ".join(self.kept)
            if count > 1:
                kept = Text(
                    "kept {count} events of meetings no longer in the plan ({ids}): "
                    "publish with --prune to remove them",
                    count=count,
                    ids=ids,
                )
            else:
                kept = Text(
                    "kept {count} event of meetings no longer in the plan ({ids}): "
                    "publish with --prune to remove them",
                    count=count,
                    ids=ids,
                )
            lines.append(kept)
        if not (self.created or self.updated or self.removed):
            lines.append(Text("nothing to publish: the plan has no meetings"))
        return lines


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
        identity: the plan's identity for the UIDs (:func:`planner.calendar.events.plan_identity`).
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
        raise PlannerError(Text("the calendar name is empty: give one with --calendar"))
    if not user.strip():
        raise PlannerError(Text("the user name is empty: give it with --user"))
    suffix = uid_suffix(identity)
    resources = []
    for meeting in plan.meetings:
        event = meeting_event(plan, meeting, identity=identity, now=now, dtstamp=dtstamp)
        if not event.lines:  # a one-off that a holiday skips: not sent, like a removed meeting
            continue
        resources.append(
            (meeting.id, event.uid, calendar_text([event], method=None).encode("utf-8"))
        )
    session = Session(url, user, password, calendar_name.strip(), client_factory or dav_client)
    try:
        return _publish(session, resources, suffix, prune)
    finally:
        session.close()


def _publish(
    session: Session, resources: list[tuple[str, str, bytes]], suffix: str, prune: bool
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
