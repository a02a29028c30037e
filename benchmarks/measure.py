"""Measuring child processes the way a user pays for them: wall time, CPU time, peak memory.

Children run in an installation as a user has it (:func:`installed_python`), not in the
development environment: its editable install of the project adds an import hook at
start-up (about 13 ms that loads pathlib, urllib.parse and ipaddress), which a floor
measured there would pay and a user never does.

Peak memory is the child's own ``VmHWM`` (``/proc/self/status``), read inside the child
when it exits and written to a file: ``wait4``'s ``ru_maxrss`` of a child started by
``vfork`` includes the parent's pages (Linux keeps the larger of the two when the child
execs), so it cannot measure a small child of a large benchmark process.
"""

from __future__ import annotations

import atexit
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import venv
from collections.abc import Callable, Sequence
from pathlib import Path

from children import CONSOLE, MODULES_HOOK, PEAK_HOOK

ROOT = Path(__file__).resolve().parent.parent


def installed_python() -> str:
    """An interpreter that runs the project as a user's installation does; removed at exit.

    A fresh virtual environment (made once per benchmark process) whose site-packages has
    the project (the repository's ``planner``, ``ui`` and ``resources``, found on
    ``sys.path`` as an installed wheel's are, without the editable install's finder), the
    dependencies installed in this environment, and their own start-up ``.pth`` hooks
    (urllib3-future's, brought by caldav, and setuptools'), which an installed copy runs
    too. Beside it, ``overlap-planner``: pip's console script.
    """
    folder = Path(tempfile.mkdtemp(prefix="overlap-planner-installed-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(folder)
    paths = {"base": str(folder), "platbase": str(folder)}
    site = Path(sysconfig.get_path("purelib", vars=paths))
    here = Path(sysconfig.get_path("purelib"))
    # Sorted first, so that the hooks copied below find their modules.
    (site / "_overlap_planner.pth").write_text(f"{ROOT}\n{here}\n", encoding="utf-8")
    for hook in sorted(here.glob("*.pth")):
        if not hook.name.startswith("__editable__"):
            shutil.copyfile(hook, site / hook.name)
    python = Path(sysconfig.get_path("scripts", vars=paths)) / Path(sys.executable).name
    script = python.with_name("overlap-planner")
    script.write_text(f"#!{python}\n{CONSOLE}", encoding="utf-8")
    script.chmod(0o755)
    return str(python)


PYTHON = installed_python()
"""The interpreter every child runs in (:func:`installed_python`)."""


def installed_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a child that runs as an installed copy does: from compiled bytecode.

    pip compiles a wheel's modules when it installs them (and the frozen app ships them
    compiled); a shell with ``PYTHONDONTWRITEBYTECODE`` set would otherwise make every
    child compile the project's sources again, a cost no user pays. The first (warm-up)
    run writes the bytecode next to the sources (``__pycache__``, ignored by git).
    """
    child = dict(os.environ if env is None else env)
    child.pop("PYTHONDONTWRITEBYTECODE", None)
    return child


def console_script() -> str:
    """The installed ``overlap-planner`` script beside this interpreter."""
    return str(Path(PYTHON).with_name("overlap-planner"))


def run_child(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process; it must exit 0."""
    began = time.perf_counter()
    child = subprocess.Popen(
        list(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - began
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {code}: {errors.decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def recorded_modules(command: Sequence[str], env: dict[str, str] | None = None) -> list[str]:
    """The modules a child ``python -c CODE ARGS...`` loaded, in load order (it must exit 0).

    ``children.MODULES_HOOK`` runs before CODE; a peak-memory hook in CODE writes nowhere.
    """
    python, option, code, *arguments = command
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "modules"
        child_env = dict(
            env or os.environ, BENCH_MODULES_FILE=str(target), BENCH_PEAK_FILE=os.devnull
        )
        run_child([python, option, MODULES_HOOK + code, *arguments], child_env)
        return target.read_text(encoding="utf-8").split("\n")


def loaded_modules(argv: Sequence[str], env: dict[str, str] | None = None) -> list[str]:
    """The modules a console-script run with ``argv`` loaded, in load order, beyond the
    interpreter's own start (``site`` and what it imports); for ``children.IMPORTS_ALONE``."""
    names = recorded_modules([PYTHON, "-c", CONSOLE, *argv], env)
    start = set(recorded_modules([PYTHON, "-c", ""], env))
    return [name for name in names if name not in start and name != "__main__"]


def peak_mb(code: str, argv: Sequence[str] = (), env: dict[str, str] | None = None) -> float:
    """The peak resident memory (MB) of a fresh ``python -c code argv...`` process alone."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "peak"
        child_env = dict(env or os.environ, BENCH_PEAK_FILE=str(target))
        run_child([PYTHON, "-c", PEAK_HOOK + code, *argv], child_env)
        return int(target.read_text()) / 1024


def medians(
    kinds: dict[str, Callable[[], tuple[float, float]]], runs: int
) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) of each kind over ``runs`` rounds, the kinds interleaved.

    One warm-up round first (the disk cache then favours no kind); interleaving spreads
    the load of a shared machine over every kind alike.
    """
    for measure in kinds.values():
        measure()
    found: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind, measure in kinds.items():
            found[kind].append(measure())
    return {
        kind: (statistics.median(w for w, _ in values), statistics.median(c for _, c in values))
        for kind, values in found.items()
    }


def timed(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median seconds of ``repeat`` calls in this process (warm), and the last result."""
    times = []
    value: object = None
    for _ in range(repeat):
        began = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - began)
    return statistics.median(times), value


def machine() -> str:
    """One line about the machine: processor, cores, memory, Python, load when measured."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{model}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}, "
        f"load average {load:.1f} at the start"
    )
