"""Overlap Planner's domain core: plans, working time, overlap, meetings, exports.

Nothing in this package imports Qt; the desktop app in ``ui/`` builds on it.
"""

__version__ = "0.1.0"

from planner.deferred_imports import import_dataclasses as _import_dataclasses

_import_dataclasses()  # before anything imports it: its inspect and copy load on first use

from planner import dataclass_cache as _dataclass_cache  # noqa: E402 - after dataclasses

_dataclass_cache.install()  # before any domain class is made

from planner.time.tzdb import database as _tz_database  # noqa: E402 - after the cache

_tz_database()  # one tz database for every zone, chosen before any zone is loaded
