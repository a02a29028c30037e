"""Test settings shared by every test: Qt offscreen, hypothesis without deadlines."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Holiday tables are cached on disk (planner.time.holiday_cache): the tests use a folder of
# their own, never the user's, and start with it empty.
if "OVERLAP_PLANNER_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="overlap-planner-test-cache-")
    os.environ["OVERLAP_PLANNER_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

from hypothesis import settings

# Shared CI machines are slow at times: no per-example deadline, a fixed number of examples.
settings.register_profile("default", deadline=None, max_examples=200)
settings.load_profile("default")
