"""What the ``holidays`` package lacks of a year's public holidays (a year it does not cover).

A module of its own: the years planned are nearly always covered, and then the class is
never made.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HolidayGap:
    """Public holidays the ``holidays`` package lacks for a year.

    Attributes:
        partial: True when it has some of them, False when it has none.
        detail: what it says about it, or the years it has.
    """

    partial: bool
    detail: str
