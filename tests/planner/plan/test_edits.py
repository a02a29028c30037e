import doctest
from dataclasses import replace
from datetime import date, time

import pytest

import planner.plan.edits
import planner.time.holiday_catalog
from planner.errors import PlannerError
from planner.plan.edits import (
    HOURS_PRESETS,
    add_team,
    copy_day,
    edit_shift,
    move_item,
    preset_hours,
    put_meeting,
    put_role,
    remove_meeting,
    remove_role,
    remove_team,
    replace_team,
    set_team_hours,
    suggest_id,
    team_dependents,
)
from planner.plan.hours import Shift, WeekHours
from planner.plan.meeting import Meeting
from planner.plan.model import Plan, Role, Team
from planner.time.holiday_catalog import holiday_countries, holiday_subdivisions

NINE_FIVE = WeekHours.parse({"mon-fri": ["09:00-17:00"]})


def plan() -> Plan:
    return Plan(
        teams=(
            Team("hq", "client", "America/New_York", NINE_FIVE),
            Team("mnl", "vendor", "Asia/Manila", WeekHours.parse({"mon-fri": ["21:00-06:00"]})),
            Team("kyiv", "vendor", "Europe/Kyiv", NINE_FIVE),
        ),
        roles=(
            Role("support", "realtime", "hq", "mnl"),
            Role("seo", "async", "hq", "kyiv"),
        ),
        meetings=(
            Meeting("pair", "Pair", ("hq", "mnl"), 30, date(2027, 1, 4), time(9)),
            Meeting("all", "All", ("hq", "mnl", "kyiv"), 30, date(2027, 1, 4), time(9)),
        ),
    )


@pytest.mark.parametrize("module", [planner.plan.edits, planner.time.holiday_catalog])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0


def test_copy_day_copies_shifts_past_midnight_to_the_targets_only() -> None:
    week = WeekHours.parse({"mon": ["21:00-06:00", "10:00-12:00"], "sat": ["09:00-13:00"]})
    copied = copy_day(week, 0, [2, 4, 6])
    assert copied.days[2] == copied.days[4] == copied.days[6] == week.days[0]
    assert copied.days[5] == week.days[5]
    assert copied.days[1] == ()
    assert copied.to_mapping() == {
        "wed": ["10:00-12:00", "21:00-06:00"],
        "fri": ["10:00-12:00", "21:00-06:00"],
        "sat": ["09:00-13:00"],
        "sun-mon": ["10:00-12:00", "21:00-06:00"],
    }


def test_copy_day_refuses_a_weekday_out_of_range() -> None:
    with pytest.raises(PlannerError, match="weekday 7"):
        copy_day(NINE_FIVE, 0, [7])


def test_presets_are_the_documented_work_weeks() -> None:
    assert [label for label, _ in HOURS_PRESETS][:2] == [
        "Mon-Fri 09:00-17:00",
        "Sun-Thu 09:00-17:00",
    ]
    assert preset_hours("Mon-Fri 09:00-17:00") == NINE_FIVE
    assert preset_hours("Sun-Thu 09:00-17:00").days[6] == (Shift(540, 1020),)
    assert preset_hours("Sun-Thu 09:00-17:00").days[4] == ()
    assert preset_hours("24/7").days == ((Shift(0, 1440),),) * 7
    with pytest.raises(PlannerError, match='unknown preset "x"'):
        preset_hours("x")


def test_edit_shift_replaces_adds_and_removes() -> None:
    old = Shift.parse("09:00-17:00")
    longer = edit_shift(NINE_FIVE, 0, old, Shift.parse("09:00-02:00"))
    assert longer.days[0] == (Shift(540, 120),)
    assert longer.days[1] == (old,)
    added = edit_shift(NINE_FIVE, 6, None, Shift.parse("10:00-11:00"))
    assert added.days[6] == (Shift(600, 660),)
    removed = edit_shift(NINE_FIVE, 1, old, None)
    assert removed.days[1] == ()
    with pytest.raises(PlannerError, match="no shift 10:00-11:00"):
        edit_shift(NINE_FIVE, 0, Shift(600, 660), None)


def test_suggest_id_makes_a_valid_unused_id() -> None:
    assert suggest_id("Acme HQ (New York)", []) == "acme-hq-new-york"
    assert suggest_id("Zürich Büro", ["zurich-buro"]) == "zurich-buro-2"
    assert suggest_id("  ", ["team"], fallback="team") == "team-2"


def test_remove_team_takes_its_roles_and_two_team_meetings() -> None:
    p = plan()
    dependents = team_dependents(p, "mnl")
    assert [r.id for r in dependents.roles] == ["support"]
    assert [m.id for m in dependents.meetings_dropped] == ["pair"]
    assert [m.id for m in dependents.meetings_shrunk] == ["all"]
    result = remove_team(p, "mnl")
    assert [t.id for t in result.teams] == ["hq", "kyiv"]
    assert [r.id for r in result.roles] == ["seo"]
    assert [(m.id, m.teams) for m in result.meetings] == [("all", ("hq", "kyiv"))]
    assert team_dependents(result, "kyiv").empty is False
    with pytest.raises(PlannerError, match='unknown team "nope"'):
        remove_team(p, "nope")


def test_replace_team_with_a_new_id_follows_every_reference() -> None:
    p = plan()
    renamed = replace_team(p, "mnl", replace(p.team("mnl"), id="manila", name="Manila"))
    assert [t.id for t in renamed.teams] == ["hq", "manila", "kyiv"]
    assert renamed.role("support").vendor == "manila"
    assert renamed.meeting("all").teams == ("hq", "manila", "kyiv")
    with pytest.raises(PlannerError, match='team id "kyiv" is already used'):
        replace_team(p, "mnl", replace(p.team("mnl"), id="kyiv"))


def test_replace_team_that_breaks_a_role_is_refused() -> None:
    p = plan()
    with pytest.raises(
        PlannerError, match=r'role "support".*is a client, but vendor needs a vendor'
    ):
        replace_team(p, "mnl", replace(p.team("mnl"), side="client"))


def test_set_team_hours_and_add_team() -> None:
    p = set_team_hours(plan(), "kyiv", WeekHours.parse({"daily": ["00:00-24:00"]}))
    assert p.team("kyiv").hours.days == ((Shift(0, 1440),),) * 7
    grown = add_team(p, Team("blr", "vendor", "Asia/Kolkata", NINE_FIVE))
    assert [t.id for t in grown.teams] == ["hq", "mnl", "kyiv", "blr"]
    with pytest.raises(PlannerError, match='team id "hq" is already used'):
        add_team(p, Team("hq", "vendor", "UTC", NINE_FIVE))


def test_roles_and_meetings_are_added_replaced_and_removed_in_place() -> None:
    p = plan()
    role = Role("chat", "realtime", "hq", "kyiv", min_coverage_percent=50)
    assert [r.id for r in put_role(p, None, role).roles] == ["support", "seo", "chat"]
    assert [r.id for r in put_role(p, "support", role).roles] == ["chat", "seo"]
    with pytest.raises(PlannerError, match='role id "seo" is already used'):
        put_role(p, None, replace(role, id="seo"))
    assert [r.id for r in remove_role(p, "support").roles] == ["seo"]
    meeting = Meeting("new", "New", ("hq", "kyiv"), 15, date(2027, 2, 1), time(8))
    assert [m.id for m in put_meeting(p, "pair", meeting).meetings] == ["new", "all"]
    assert [m.id for m in put_meeting(p, None, meeting).meetings] == ["pair", "all", "new"]
    assert [m.id for m in remove_meeting(p, "all").meetings] == ["pair"]
    with pytest.raises(PlannerError, match='unknown meeting "x"'):
        remove_meeting(p, "x")


def test_move_item_clamps_at_the_ends() -> None:
    teams = plan().teams
    assert [t.id for t in move_item(teams, "hq", 1)] == ["mnl", "hq", "kyiv"]
    assert [t.id for t in move_item(teams, "hq", -3)] == ["hq", "mnl", "kyiv"]
    assert [t.id for t in move_item(teams, "hq", 9)] == ["mnl", "kyiv", "hq"]


def test_holiday_catalog_names_countries_and_subdivisions() -> None:
    by_code = {c.code: c.name for c in holiday_countries()}
    assert by_code["PH"] == "Philippines"
    assert by_code["US"] == "United States"
    assert by_code["UA"] == "Ukraine"
    names = [c.name for c in holiday_countries()]
    assert names == sorted(names)
    new_york = [s for s in holiday_subdivisions("us") if s.code == "US-NY"]
    assert [s.name for s in new_york] == ["New York"]
    assert holiday_subdivisions("PH") == ()
    assert holiday_subdivisions("XX") == ()
