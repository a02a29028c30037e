"""The ``overlap-planner`` console script: the GUI by default, the command line otherwise.

Qt is imported only for the verbs that draw (``gui``, ``chart``), so ``check``,
``analyze`` and the rest run on machines without a display or Qt's system libraries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

_QT_VERBS = ("gui", "chart")
# Verbs whose process may end without the interpreter's teardown (see _exit_now): all but
# those that draw (Qt's objects are deleted at exit) and ``publish`` (network clients).
_TEARDOWN_VERBS = (*_QT_VERBS, "publish")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code.

    Called without ``argv`` (the console script: the command line is the process's own),
    a verb that neither draws nor publishes collects garbage less often and ends the
    process itself once its output is written (:func:`_exit_now`).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    own_process = argv is None and _verb(arguments) not in _TEARDOWN_VERBS
    if own_process:
        # The cyclic garbage collector, run every 700 new objects, would pass over the
        # imports' thousands of long-lived objects again and again: a command makes few
        # cycles, so once every 50,000 is plenty (memory stays bounded on any plan).
        import gc

        gc.set_threshold(50_000, 10, 10)
    code = _main(arguments)
    if own_process:
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """End the process with ``code`` now, without tearing the interpreter down.

    A command's output is complete when its verb returns: the exit handlers then run
    (``atexit``: the dataclass cache is written there) and stdout and stderr are flushed,
    as a normal exit does. What a normal exit does after that, freeing every module and
    object of the run one by one and collecting garbage, takes about 10 ms (an eighth of a
    fresh ``analyze``) and changes nothing outside the process: the system frees the
    memory at once. Returns (the ordinary exit follows) when a flush fails, so that the
    failure is reported as Python reports it, when another thread still runs, and under a
    profiler, a tracer (coverage, a debugger; through ``sys.monitoring`` too) or
    ``python -i``, which act after the script.
    """
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None or sys.flags.inspect:
        return
    if _monitored():
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # a windowed app on Windows has none
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _monitored() -> bool:
    """Whether a tool watches the run through ``sys.monitoring`` (Python 3.12 and newer).

    From 3.12 on, ``cProfile`` (and coverage or a debugger, when they choose to) register
    there instead of ``sys.setprofile`` or ``sys.settrace``: their ids are 0 to 5.
    """
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is None:
        return False
    return any(monitoring.get_tool(tool) is not None for tool in range(6))


def _main(arguments: list[str]) -> int:
    from planner.errors import PlannerError

    _utf8_output()
    try:
        return _dispatch(arguments)
    except PlannerError as exc:
        from planner.cli.console import report_error

        return report_error(exc, sys.stderr)
    except ImportError as exc:  # Qt without its system libraries: say what to install
        from planner.cli.console import report_error
        from ui.missing_library import missing_library_error

        missing = missing_library_error(exc)
        return report_error(missing, sys.stderr) if missing else _internal_error(exc)
    except Exception as exc:  # the last line of defence: a bug, never bad input
        return _internal_error(exc)


def _utf8_output() -> None:
    """Write UTF-8 to pipes and files on every platform, as Python 3.15 will by default.

    Windows would use its ANSI code page (cp1252 and the like), which cannot write most
    team, zone and plan names: printing them would fail. A console keeps its own encoding.
    """
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or stream.isatty():
            continue
        if (stream.encoding or "").lower().replace("-", "").replace("_", "") != "utf8":
            reconfigure(encoding="utf-8", errors=errors)


def _dispatch(arguments: list[str]) -> int:
    plain = _plain_gui(arguments)
    if plain is not None:
        # The usual start, `overlap-planner [gui] [PLAN]`, needs no argument parser: skipping
        # the command-line module gets the window on screen sooner (a benchmarked target).
        from ui.app import run_gui

        return run_gui(plain[0])
    from planner.cli.parser import parse_args
    from planner.cli.verbs import run

    verb = _verb(arguments)
    if verb in _QT_VERBS:
        args = parse_args(
            arguments if verb != "gui" or arguments[:1] == ["gui"] else ["gui", *arguments]
        )
        if verb == "chart":
            from ui.chart_command import run_chart

            return run_chart(args)
        from ui.app import run_gui

        return run_gui(args.plan)
    return run(arguments)


def _internal_error(exc: Exception) -> int:
    from planner.cli.console import EXIT_BUG, PROG

    if os.environ.get("OVERLAP_PLANNER_DEBUG"):
        import traceback

        traceback.print_exc()
    print(
        f"{PROG}: internal error: {type(exc).__name__}: {exc} (this is a bug; "
        "set OVERLAP_PLANNER_DEBUG=1 for details and report it)",
        file=sys.stderr,
    )
    return EXIT_BUG


def _plain_gui(arguments: list[str]) -> tuple[str | None] | None:
    """``(plan or None,)`` for ``[gui] [PLAN]`` without options, else None (argparse decides)."""
    if any(a.startswith("-") for a in arguments):
        return None
    rest = arguments[1:] if arguments[:1] == ["gui"] else arguments
    if len(rest) > 1 or (rest is arguments and rest and _verb(rest) != "gui"):
        return None
    return (rest[0] if rest else None,)


def _verb(arguments: list[str]) -> str:
    """The verb of a command line: ``gui`` when none is given (``overlap-planner PLAN``)."""
    positional = [a for a in arguments if not a.startswith("-")]
    if not positional and any(a in ("-h", "--help", "--version") for a in arguments):
        return "help"
    if not positional:
        return "gui"
    first = positional[0]
    known = {"gui", "check", "analyze", "suggest", "export-ics", "chart", "zones", "publish"}
    if first in known:
        return first
    return "gui" if first.endswith(".toml") or os.path.exists(first) else first


if __name__ == "__main__":
    sys.exit(main())
