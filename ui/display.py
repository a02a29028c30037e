"""Whether Qt can reach a screen; on Linux and the BSDs without one, Qt aborts the process."""

from __future__ import annotations

import sys
from collections.abc import Mapping


def lacks_display(environ: Mapping[str, str]) -> bool:
    """True on Linux/BSD when neither ``QT_QPA_PLATFORM`` nor a display is set.

    >>> lacks_display({"QT_QPA_PLATFORM": "offscreen"})
    False
    """
    if environ.get("QT_QPA_PLATFORM"):
        return False
    unix = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
    return unix and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")
