"""The team's optional `city`: read, checked at its line, written back, round-tripped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.errors import PlanFileError, PlannerError
from planner.plan.model import Team
from planner.plan.reading import parse_plan
from planner.plan.writing import dump_plan

PLAN = """format = 1

[[team]]
id = "hq"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }

[[team]]
id = "blr"
side = "vendor"
zone = "Asia/Kolkata"
hours = { "mon-fri" = ["09:00-17:00"] }
city = "Bengaluru"
"""


def test_city_round_trips_and_a_team_without_one_stays_without() -> None:
    loaded = parse_plan(PLAN)
    assert [t.city for t in loaded.plan.teams] == [None, "Bengaluru"]
    assert loaded.warnings == ()
    assert dump_plan(loaded.plan, loaded) == PLAN
    assert parse_plan(dump_plan(loaded.plan)).plan == loaded.plan


def test_a_city_set_in_the_app_is_written_after_the_team_keys() -> None:
    loaded = parse_plan(PLAN)
    hq = replace(loaded.plan.team("hq"), city="New York City")
    plan = replace(loaded.plan, teams=(hq, loaded.plan.team("blr")))
    text = dump_plan(plan, loaded)
    assert 'hours = { "mon-fri" = ["09:00-17:00"] }\ncity = "New York City"\n' in text
    assert parse_plan(text).plan.team("hq").city == "New York City"
    fresh = dump_plan(plan)
    assert parse_plan(fresh).plan == plan


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("42", "city must be a string in quotes"),
        ('""', "city must be a place name of 1 to 100 characters"),
        ('"Cebu\\nCity"', "city must be one line"),
    ],
)
def test_a_bad_city_is_reported_at_its_line(value: str, message: str) -> None:
    with pytest.raises(PlanFileError) as caught:
        parse_plan(PLAN.replace('city = "Bengaluru"', f"city = {value}"), "plan.toml")
    assert f'plan.toml:14: team "blr": {message}' in str(caught.value)


def test_the_model_checks_and_trims_the_city() -> None:
    team = parse_plan(PLAN).plan.team("blr")
    assert replace(team, city="  Bengaluru ").city == "Bengaluru"
    with pytest.raises(PlannerError, match="one line"):
        Team(team.id, team.side, team.zone, team.hours, city="a\tb")
