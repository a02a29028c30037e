"""[role.demand], agents per shift and the contacts CSV: read, checked at file:line, written back."""

import dataclasses
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlanFileError, PlannerError
from planner.plan.agents import Agents
from planner.plan.contacts_csv import MAX_BYTES, parse_contacts_csv
from planner.plan.demand import Demand, ServiceLevel, WeekProfile
from planner.plan.hours import Shift, WeekHours
from planner.plan.reading import load_plan, parse_plan
from planner.plan.writing import dump_plan

PLAN = """\
format = 1

[[team]]
id = "hq"
side = "client"
zone = "America/New_York"
hours = { "mon-fri" = ["09:00-17:00"] }

[[team]]
id = "mnl"
side = "vendor"
zone = "Asia/Manila"
hours = { "mon-fri" = ["21:00-05:00", "01:00-09:00"] }
agents = { "21:00-05:00" = 12, "01:00-09:00" = 5 }

[[role]]
id = "voice"
kind = "realtime"
client = "hq"
vendor = "mnl"

[role.demand]
interval_minutes = 30
handle_seconds = 180  # average handle time
service_level = "80/20"
shrinkage_percent = 30
contacts = { "mon-fri" = { "09:00-12:00" = 100, "12:00-17:00" = 60 } }
"""


def problems(text, name="plan.toml"):
    with pytest.raises(PlanFileError) as caught:
        parse_plan(text, name)
    return [str(p) for p in caught.value.problems]


def test_demand_and_agents_are_read():
    plan = parse_plan(PLAN).plan
    demand = plan.role("voice").demand
    assert demand.handle_seconds == 180
    assert demand.service_level == ServiceLevel(80.0, 20)
    assert demand.shrinkage_percent == 30
    assert demand.contacts.days[0][17:25] == (0, 100, 100, 100, 100, 100, 100, 60)
    assert demand.contacts.days[5] == (0.0,) * 48
    assert demand.contacts.total == 5 * (6 * 100 + 10 * 60)
    vendor = plan.team("mnl")
    assert vendor.agents.count(0, Shift.parse("21:00-05:00")) == 12
    assert vendor.agents.count(4, Shift.parse("01:00-09:00")) == 5


def test_round_trip_keeps_the_file_and_writes_changes_in_place():
    document = parse_plan(PLAN)
    assert dump_plan(document.plan, document) == PLAN
    role = document.plan.role("voice")
    edited = dataclasses.replace(
        document.plan,
        roles=(dataclasses.replace(role, demand=dataclasses.replace(role.demand, concurrency=2)),),
    )
    text = dump_plan(edited, document)
    assert "handle_seconds = 180  # average handle time\n" in text
    assert text.endswith("concurrency = 2\n")
    assert parse_plan(text).plan == edited


def test_a_new_demand_is_written_as_a_sub_table():
    document = parse_plan(PLAN.split("[role.demand]")[0])
    demand = Demand(240, WeekProfile.parse({"sat": {"10:00-11:00": 7.5}}, 15), concurrency=2)
    role = dataclasses.replace(document.plan.role("voice"), demand=demand)
    text = dump_plan(dataclasses.replace(document.plan, roles=(role,)), document)
    assert text.endswith(
        "[role.demand]\ninterval_minutes = 15\nhandle_seconds = 240\n"
        'service_level = "80/20"\nconcurrency = 2\n'
        'contacts = { sat = { "10:00-11:00" = 7.5 } }\n'
    )
    assert parse_plan(text).plan.role("voice").demand == demand


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (8, 8),
        ({"21:00-05:00": 12, "01:00-09:00": 5}, {"01:00-09:00": 5, "21:00-05:00": 12}),
        (
            {
                "mon-thu": {"21:00-05:00": 12, "01:00-09:00": 5},
                "fri": {"21:00-05:00": 9, "01:00-09:00": 5},
            },
            {
                "mon-thu": {"01:00-09:00": 5, "21:00-05:00": 12},
                "fri": {"01:00-09:00": 5, "21:00-05:00": 9},
            },
        ),
    ],
)
def test_agents_forms_read_back_in_their_compact_form(value, expected):
    hours = WeekHours.parse({"mon-fri": ["21:00-05:00", "01:00-09:00"]})
    assert Agents.parse(value, hours).encode(hours) == expected


def test_a_shift_the_agents_table_leaves_out_reads_back_equal():
    # The table names every shift but one; the file written back names that one too, with
    # the default 1: the same people on the same shifts, so the same value.
    hours = WeekHours.parse({"mon-fri": ["21:00-05:00"], "sun": ["22:00-06:00", "23:00-0:00"]})
    agents = Agents.parse({"21:00-05:00": 25, "22:00-06:00": 13}, hours)
    written = agents.encode(hours)
    assert written == {"21:00-05:00": 25, "22:00-06:00": 13, "23:00-00:00": 1}
    again = Agents.parse(written, hours)
    assert again == agents and again.counts == agents.counts
    assert again.count(6, Shift.parse("23:00-00:00")) == 1
    with pytest.raises(PlannerError, match="same shift twice"):
        Agents(1, ((6, Shift.parse("23:00-0:00"), 1), (6, Shift.parse("23:00-0:00"), 4)))


def test_agents_follow_a_dragged_shift():
    old = WeekHours.parse({"mon-fri": ["21:00-05:00"]})
    new = WeekHours.parse({"mon": ["20:00-05:00"], "tue-fri": ["21:00-05:00"]})
    agents = Agents.parse(12, old).follow(old, new)
    assert agents.count(0, Shift.parse("20:00-05:00")) == 12
    agents = Agents.parse({"21:00-05:00": 12}, old).follow(old, new)
    assert agents.count(0, Shift.parse("20:00-05:00")) == 12
    assert agents.count(1, Shift.parse("21:00-05:00")) == 12


def test_demand_problems_are_reported_at_their_lines():
    text = (
        PLAN.replace("interval_minutes = 30", "interval_minutes = 20")
        .replace('"80/20"', '"80%"')
        .replace("shrinkage_percent = 30", "shrinkage_percent = 100")
        .replace('"09:00-12:00" = 100', '"09:10-12:00" = 100')
        .replace('"21:00-05:00" = 12', '"21:00-04:00" = 12')
    )
    assert problems(text) == [
        'plan.toml:14: team "mnl": agents names "21:00-04:00", which is not a shift in hours: '
        "name the shifts as written in hours",
        'plan.toml:23: role "voice": interval_minutes must be 15, 30 or 60, not 20',
        'plan.toml:26: role "voice": shrinkage_percent must be 0 or more and less than 100',
        "plan.toml:25: role \"voice\": service_level '80%' is not of the form "
        '"PERCENT/SECONDS" (e.g. "80/20": 80% of contacts answered within 20 seconds)',
        'plan.toml:27: role "voice": contacts range "09:10-12:00" is not on the 30-minute grid '
        "of interval_minutes: start and end it on a multiple of the interval",
    ]


def test_demand_needs_a_realtime_role_a_handle_time_and_contacts():
    text = (
        PLAN.replace('kind = "realtime"', 'kind = "async"')
        .replace("handle_seconds = 180  # average handle time\n", "")
        .replace('"12:00-17:00" = 60', '"11:00-17:00" = -1')
    )
    assert problems(text) == [
        'plan.toml:22: role "voice": demand is for real-time roles: set kind = "realtime" or remove it',
        'plan.toml:22: role "voice": handle_seconds is missing: add handle_seconds = 180 '
        "(average handle time)",
        'plan.toml:26: role "voice": contacts must be 0 to 1,000,000 per interval, not -1',
    ]
    both = PLAN.replace("contacts = {", 'contacts_file = "volume.csv"\ncontacts = {')
    assert problems(both) == [
        'plan.toml:27: role "voice": give contacts or contacts_file, not both'
    ]
    overlapping = PLAN.replace('"12:00-17:00" = 60', '"11:30-17:00" = 60')
    assert problems(overlapping) == [
        'plan.toml:27: role "voice": contacts "mon-fri" "11:30-17:00" gives mon 11:30 a second '
        "time: give each interval once"
    ]


def test_contacts_ranges_may_run_past_midnight():
    week = WeekProfile.parse({"sun": {"23:00-01:00": 10}}, 60)
    assert week.days[6][23] == 10 and week.days[0][0] == 10 and week.total == 20


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "agents must be between 1 and 100,000 (remove the shift instead of 0)"),
        (2.5, "agents must be a whole number of people, not 2.5"),
        ({"mon": {"21:00-05:00": 3}, "09:00-17:00": 2}, "agents mixes shifts and day keys"),
        (
            {"sat": {"21:00-05:00": 3}},
            'agents names "21:00-05:00" on sat, but hours has no such shift',
        ),
        (
            {"mon-tue": {"21:00-05:00": 3}, "tue": {"21:00-05:00": 3}},
            'agents day key "tue" names tue again',
        ),
    ],
)
def test_bad_agents_are_refused(value, message):
    with pytest.raises(PlannerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Agents.parse(value, WeekHours.parse({"mon-fri": ["21:00-05:00"]}))


# -- the contacts CSV ----------------------------------------------------------------------


def csv_plan(tmp_path, csv_bytes, name="volume.csv"):
    (tmp_path / "data").mkdir(exist_ok=True)
    if csv_bytes is not None:
        (tmp_path / "data" / name).write_bytes(csv_bytes)
    text = PLAN.replace(
        'contacts = { "mon-fri" = { "09:00-12:00" = 100, "12:00-17:00" = 60 } }',
        f'contacts_file = "data\\\\{name}"',
    )
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_contacts_file_beside_the_plan_is_read_with_either_separator(tmp_path):
    path = csv_plan(
        tmp_path,
        b"\xef\xbb\xbfweekday;time;contacts\r\nMonday;09:00;40\r\n\r\nmon;09:30;12,5\r\n"
        b"Sun;11:00 PM;3\r\n",
    )
    document = load_plan(path)
    demand = document.plan.role("voice").demand
    assert demand.contacts_file == "data\\volume.csv"
    assert demand.contacts.days[0][18:20] == (40.0, 12.5)
    assert demand.contacts.days[6][46] == 3.0
    assert demand.contacts.total == 55.5
    assert dump_plan(document.plan, document) == path.read_text(encoding="utf-8")


def test_dated_history_is_averaged_by_weekday_and_interval():
    text = (
        "date,time,contacts\n"
        "2027-03-01,09:00,10\n2027-03-01,09:30,20\n"
        "2027-03-08,09:00,30\n"  # 09:30 missing that Monday: it had no contacts
        "2027-03-02,09:00,7\n"
    )
    week = parse_contacts_csv(text, "history.csv", 30)
    assert week.days[0][18:20] == (20.0, 10.0)
    assert week.days[1][18] == 7.0


def test_every_csv_problem_is_reported_at_its_line(tmp_path):
    path = csv_plan(
        tmp_path,
        b"weekday,time,contacts\n"
        b"Mon,09:00,40\n"
        b"Mnday,09:30,40\n"
        b"Tue,09:10,40\n"
        b"Tue,09:30,many\n"
        b"Tue,09:30,-4\n"
        b"Mon,09:00,41\n"
        b"2027-03-02,10:00,5\n"
        b"Wed,10:00\n"
        b"Thu,25:00,1\n",
    )
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    csv = str(tmp_path / "data" / "volume.csv")
    assert [str(p) for p in caught.value.problems] == [
        f'{csv}:3: "Mnday" is not a weekday (Mon ... Sun, Monday ... Sunday) or a date (YYYY-MM-DD)',
        f"{csv}:4: time 09:10 is not on the 30-minute grid of interval_minutes: give the start "
        "of each interval (09:00, 09:30, ...)",
        f'{csv}:5: contacts "many" is not a number',
        f"{csv}:6: contacts must be 0 to 1,000,000 per interval, not -4",
        f"{csv}:7: repeats mon 09:00, first given on line 2: give each interval once",
        f"{csv}:8: is a date row, but line 2 starts weekday rows: use weekdays or dates throughout",
        f"{csv}:9: has 2 columns: expected weekday,time,contacts",
        f'{csv}:10: time "25:00" is not a time of day (00:00 to 23:59)',
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            None,
            'contacts_file "data\\volume.csv": no such file (looked for {folder}/data/volume.csv)',
        ),
        (b"x" * (MAX_BYTES + 1), 'contacts_file "data\\volume.csv" is 10.0 MB: the limit is 10 MB'),
    ],
)
def test_a_missing_or_huge_contacts_file_is_reported_at_the_plan_line(tmp_path, content, message):
    path = csv_plan(tmp_path, content)
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    (problem,) = caught.value.problems
    assert problem.file == str(path) and problem.line == 27
    assert problem.message.startswith(message.format(folder=tmp_path))


@pytest.mark.skipif(sys.platform == "win32", reason="a drive letter is a real path on Windows")
def test_a_windows_drive_path_is_refused_elsewhere_at_the_plan_line(tmp_path):
    path = csv_plan(tmp_path, None)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            '"data\\\\volume.csv"', '"C:\\\\wfm\\\\volume.csv"'
        ),
        encoding="utf-8",
    )
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    (problem,) = caught.value.problems
    assert problem.line == 27
    assert "is a Windows path (C:), which does not exist on this computer" in problem.message


def test_a_folder_is_not_a_contacts_file(tmp_path):
    path = csv_plan(tmp_path, None, name="folder")
    (tmp_path / "data" / "folder").mkdir()
    with pytest.raises(PlanFileError, match="is not a regular file: name a CSV file"):
        load_plan(path)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfeM\x00", "volume.csv:1: is UTF-16 text: export or save the file as CSV in UTF-8"),
        (b"Mon,09:00,1\n\xe9\n", "volume.csv:2: is not UTF-8 text"),
        (b"\n\n", "volume.csv: has no rows: expected weekday,time,contacts"),
        (b"Mon 09:00 1\n", "volume.csv:1: expected three columns"),
        (b"Mon,09:00:30,1\n", 'volume.csv:1: time "09:00:30" has seconds'),
        (b"2027-02-30,09:00,1\n", 'volume.csv:1: date "2027-02-30" does not exist'),
    ],
)
def test_unreadable_csv_text_is_explained(raw, message):
    with pytest.raises(PlanFileError) as caught:
        parse_contacts_csv(raw, "volume.csv", 30)
    assert str(caught.value).startswith(message)


def test_problems_beyond_twenty_are_counted():
    text = "".join(f"Mon,09:{m:02d},1\n" for m in range(1, 60))
    with pytest.raises(PlanFileError) as caught:
        parse_contacts_csv(text, "volume.csv", 30)
    assert len(caught.value.problems) == 21
    assert str(caught.value.problems[-1]) == "volume.csv: ... and 38 more problems"


def test_a_shift_edit_keeps_its_agents():
    from planner.chart.drag import with_shift
    from planner.plan.edits import edit_shift, set_team_hours

    plan = parse_plan(PLAN).plan
    old, new = Shift.parse("21:00-05:00"), Shift.parse("20:00-05:00")
    vendor = plan.team("mnl")
    edited = set_team_hours(plan, "mnl", edit_shift(vendor.hours, 2, old, new)).team("mnl")
    dragged = with_shift(plan, "mnl", 2, old, new).team("mnl")
    for team in (edited, dragged):
        assert team.agents.count(2, new) == 12 and team.agents.count(1, old) == 12
        assert team.agents.encode(team.hours) == {
            "01:00-09:00": 5,
            "20:00-05:00": 12,
            "21:00-05:00": 12,
        }


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("MonTuesday0123456789:,;.-\t\n \ufeffAPM")), max_size=120)
)
def test_any_csv_text_is_read_or_refused_with_problems(text):
    try:
        week = parse_contacts_csv(text, "fuzz.csv", 30)
    except PlanFileError as exc:
        assert exc.problems and all(str(p).startswith("fuzz.csv") for p in exc.problems)
    else:
        assert week.total >= 0
