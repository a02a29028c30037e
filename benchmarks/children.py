"""The code the benchmarks' child processes run, beside or before what they measure.

Kept apart from :mod:`measure` (which makes an installed copy when imported) so that tests
can run the same code.
"""

# Run before the measured code in a child: at exit, its own peak resident set goes to the
# file named by BENCH_PEAK_FILE (KiB). Costs the child one atexit hook.
PEAK_HOOK = """
import atexit, os
def _bench_peak():
    with open("/proc/self/status") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["BENCH_PEAK_FILE"], "w") as out:
        out.write(peak)
atexit.register(_bench_peak)
"""

CONSOLE = "import sys\nfrom ui.launcher import main\nsys.exit(main())\n"

# Run before the console script in a child: when it exits (last of the exit handlers), the
# names in sys.modules, in the order they were loaded, go to BENCH_MODULES_FILE.
MODULES_HOOK = """
import atexit, os, sys
def _bench_modules():
    with open(os.environ["BENCH_MODULES_FILE"], "w") as out:
        out.write("\\n".join(sys.modules))
atexit.register(_bench_modules)
"""

# A child that imports the modules named by its arguments, in that order, and ends as a
# verb does (exit handlers, then os._exit): what a verb pays before its own work. argparse
# comes as the command line imports it (without gettext), dataclasses with ``planner``.
IMPORTS_ALONE = """
import importlib, os, sys
for name in sys.argv[1:]:
    if name in sys.modules:
        continue
    if name == "argparse":
        from planner.deferred_imports import import_argparse
        import_argparse()
    else:
        importlib.import_module(name)
import atexit
atexit._run_exitfuncs()
os._exit(0)
"""
FLOOR = "import zoneinfo, tomllib, json"
