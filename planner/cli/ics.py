"""The ``export-ics`` and ``publish`` verbs (``cli.md``).

``planner.cli.verbs`` registers these handlers and imports this module only when one of
the two verbs runs, so the other verbs never load the iCalendar or CalDAV code; ``publish``
imports the network stack itself, so that ``export-ics`` never loads it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from planner.calendar.events import plan_identity
from planner.calendar.ical import calendar_file
from planner.cli.console import EXIT_OK, PROG, read_plan
from planner.errors import PlannerError


def export_ics(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    """``export-ics PLAN [-o FILE] [--meeting ID]...``: the iCalendar file of the meetings."""
    plan = read_plan(args.plan, err)
    written = calendar_file(
        plan, identity=plan_identity(plan, args.plan), now=now, meeting_ids=args.meeting
    )
    text = written.text
    data = text.encode("utf-8")
    if args.output == "-":
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            # Bytes, so that the CRLF line ends reach the file unchanged on every platform.
            out.flush()
            buffer.write(data)
            buffer.flush()
        else:
            out.write(text)
        return EXIT_OK
    from planner.atomic import write_atomic

    try:
        write_atomic(args.output, data)
    except OSError as exc:
        raise PlannerError(
            f"cannot write {args.output}: {exc.strerror or exc}; the previous file, if any, is unchanged"
        ) from None
    print(f"{args.output}: {written.summary()}", file=out)
    return EXIT_OK


def _terminal_prompt() -> Callable[[str], str] | None:
    """Ask for the password on the terminal, or None when there is no one to ask."""
    if not sys.stdin or not sys.stdin.isatty():
        return None
    import getpass

    return lambda question: getpass.getpass(question)


def publish(args: argparse.Namespace, out: TextIO, err: TextIO, now: datetime) -> int:
    """``publish PLAN --url URL --user NAME [--calendar NAME]``: send the meetings to CalDAV."""
    # The CalDAV client and its network stack (sockets, TLS) load only for this verb.
    from planner.calendar.caldav_publish import DEFAULT_CALENDAR, publish_plan
    from planner.calendar.caldav_session import check_url
    from planner.calendar.credentials import find_password
    from planner.calendar.transport import check_transport

    plan = read_plan(args.plan, err)
    check_transport(check_url(args.url), args.allow_insecure_http)  # before the password
    password = find_password(
        args.user, args.url, env_var=args.password_env, prompt=_terminal_prompt()
    )
    result = publish_plan(
        plan,
        identity=plan_identity(plan, args.plan),
        url=args.url,
        user=args.user,
        password=password,
        now=now,
        calendar_name=args.calendar or DEFAULT_CALENDAR,
        prune=args.prune,
        allow_insecure_http=args.allow_insecure_http,
    )
    for line in result.summary():
        print(f"{PROG}: {line}", file=out)
    return EXIT_OK
