"""Reading a role's ``[role.demand]`` table, every problem at its line (CSV rows at theirs)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

from planner.errors import PlanFileError, PlannerError
from planner.plan.collector import Collector, checked, unknown_key
from planner.plan.demand import INTERVALS, Demand, ServiceLevel, WeekProfile, check_demand_number
from planner.plan.values import read_number, read_whole
from planner.text import Text

DEMAND_KEYS = (
    "interval_minutes",
    "handle_seconds",
    "service_level",
    "shrinkage_percent",
    "max_occupancy_percent",
    "concurrency",
    "contacts",
    "contacts_file",
)


def _interval(value: Any) -> int:
    minutes = read_whole(value, "interval_minutes")
    if minutes not in INTERVALS:
        raise PlannerError(
            Text("interval_minutes must be 15, 30 or 60, not {minutes}", minutes=minutes)
        )
    return minutes


def _number(value: Any, key: str) -> float:
    return check_demand_number(key, read_number(value, key))


def read_demand(
    value: Any, kind: Any, index: int, where: str, out: Collector, folder: str | None
) -> Demand | None:
    """A role's ``demand`` table as a Demand, or None with its problems recorded.

    ``folder`` is the plan's folder, against which ``contacts_file`` is resolved (the
    current folder when None).
    """
    before = len(out.problems)

    def problem(key: str, message: str) -> None:
        out.add("role", index, key, where, message)

    if not isinstance(value, Mapping):
        problem("demand", Text("demand must be a table: write it as [role.demand] under the role"))
        return None
    if kind != "realtime":
        problem("demand", Text('demand is for real-time roles: set kind = "realtime" or remove it'))
    for key in value:
        if key not in DEMAND_KEYS:
            out.warn(
                "role",
                index,
                str(key),
                where,
                Text("{message} (in demand)", message=unknown_key(str(key), DEMAND_KEYS)),
            )
    interval = 30
    if "interval_minutes" in value:
        interval = (
            checked(
                out,
                "role",
                index,
                "interval_minutes",
                where,
                lambda: _interval(value["interval_minutes"]),
            )
            or 30
        )
    numbers: dict[str, Any] = {}
    for key in ("handle_seconds", "shrinkage_percent", "max_occupancy_percent", "concurrency"):
        if key in value:
            numbers[key] = checked(
                out,
                "role",
                index,
                key,
                where,
                partial(_number, value[key], key),
            )
    if "handle_seconds" not in value:
        problem(
            "demand",
            Text("handle_seconds is missing: add handle_seconds = 180 (average handle time)"),
        )
    if "service_level" in value:
        numbers["service_level"] = checked(
            out,
            "role",
            index,
            "service_level",
            where,
            lambda: ServiceLevel.parse(value["service_level"]),
        )
    contacts: WeekProfile | None = None
    source = value.get("contacts_file")
    if "contacts" in value and source is not None:
        problem("contacts_file", Text("give contacts or contacts_file, not both"))
    elif "contacts" in value:
        contacts = checked(
            out,
            "role",
            index,
            "contacts",
            where,
            lambda: WeekProfile.parse(value["contacts"], interval),
        )
    elif source is not None:
        if not isinstance(source, str) or not source.strip():
            problem(
                "contacts_file", Text('contacts_file must name a CSV file in quotes: "volume.csv"')
            )
        elif len(out.problems) == before:
            contacts = _read_file(source, interval, index, where, out, folder)
    else:
        problem(
            "demand",
            Text(
                'contacts are missing: add contacts = {{ "mon-fri" = {{ "09:00-17:00" = 100 }} }} or contacts_file = "volume.csv"'
            ),
        )
    if len(out.problems) > before or contacts is None:
        return None
    return checked(
        out,
        "role",
        index,
        "demand",
        where,
        lambda: Demand(contacts=contacts, contacts_file=source, **numbers),
    )


def _read_file(
    source: str, interval: int, index: int, where: str, out: Collector, folder: str | None
) -> WeekProfile | None:
    # A contacts file's reader (csv, its own problems) is imported for a plan that has one.
    from pathlib import Path

    from planner.plan.contacts_csv import read_contacts_file
    from planner.plan.paths import resolve_plan_path

    try:
        # Written with either separator; a Windows drive path read elsewhere is refused.
        path = resolve_plan_path(source, None if folder is None else Path(folder))
        return read_contacts_file(path, source, interval)
    except PlanFileError as exc:
        out.problems.extend(exc.problems)
    except PlannerError as exc:
        out.add("role", index, "contacts_file", where, str(exc))
    return None
