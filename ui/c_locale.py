"""Undo the C library locale that Qt sets, so output never depends on the machine's locale.

On Linux and the BSDs, creating a Q*Application calls ``setlocale(LC_ALL, "")``: from then
on ``strftime("%a")`` writes "Mo" instead of "Mon" under ``de_DE.UTF-8`` and OSError
messages come out in German. The app is English and writes ISO dates everywhere.
"""

from __future__ import annotations

import locale

# Every category but LC_CTYPE, which Python itself takes from the environment at start
# (file names and terminal text keep their encoding).
_CATEGORIES = ("LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_MESSAGES")


def restore_c_locale() -> None:
    """Put the C library's locale back to "C" (as Python starts), after Qt changed it."""
    for name in _CATEGORIES:
        category = getattr(locale, name, None)  # LC_MESSAGES exists on POSIX only
        if category is not None:
            locale.setlocale(category, "C")
