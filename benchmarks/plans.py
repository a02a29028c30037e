"""Generated plans for the benchmarks."""

from datetime import date, time

from planner.plan.hours import WeekHours
from planner.plan.meeting import ByDay, Meeting, Repeat
from planner.plan.model import Plan, Role, Team

ZONES = [
    ("hq", "client", "America/New_York", "US", {"mon-fri": ["09:00-17:00"]}),
    ("ldn", "client", "Europe/London", "GB", {"mon-fri": ["09:00-17:30"]}),
    ("syd", "client", "Australia/Sydney", "AU", {"mon-fri": ["08:30-17:00"]}),
    ("mnl", "vendor", "Asia/Manila", "PH", {"mon-fri": ["21:00-06:00"]}),
    ("kyiv", "vendor", "Europe/Kyiv", "UA", {"mon-fri": ["10:00-19:00"]}),
    ("blr", "vendor", "Asia/Kolkata", "IN", {"mon-fri": ["10:00-13:00", "14:00-19:30"]}),
    ("ruh", "vendor", "Asia/Riyadh", "SA", {"sun-thu": ["08:00-16:00"]}),
    ("ktm", "vendor", "Asia/Kathmandu", "NP", {"mon-fri": ["04:00-13:00"], "sat": ["05:00-09:00"]}),
    ("bog", "vendor", "America/Bogota", "CO", {"mon-fri": ["07:00-16:00"]}),
    ("cas", "vendor", "Africa/Casablanca", "MA", {"mon-fri": ["09:00-18:00"]}),
    ("lhi", "vendor", "Australia/Lord_Howe", None, {"daily": ["22:00-06:00"]}),
    ("cht", "vendor", "Pacific/Chatham", "NZ", {"mon-sat": ["07:00-15:00"]}),
]


def twelve_team_plan(year: int = 2027) -> Plan:
    """12 teams, 6 roles, 10 weekly meetings over ``year``."""
    teams = tuple(
        Team(i, side, zone, WeekHours.parse(hours), holidays=holidays)  # type: ignore[arg-type]
        for i, side, zone, holidays, hours in ZONES
    )
    roles = (
        Role("support", "realtime", "hq", "mnl"),
        Role("eu-desk", "realtime", "ldn", "cas"),
        Role("apac", "realtime", "syd", "ktm", min_coverage_percent=90),
        Role("seo", "async", "hq", "kyiv"),
        Role("dev", "async", "ldn", "blr"),
        Role("data", "async", "syd", "ruh"),
    )
    pairs = [
        ("hq", "mnl"),
        ("hq", "kyiv"),
        ("ldn", "blr"),
        ("ldn", "ruh"),
        ("syd", "ktm"),
        ("hq", "bog"),
        ("ldn", "cas"),
        ("syd", "cht"),
        ("hq", "lhi"),
        ("ldn", "kyiv"),
    ]
    meetings = tuple(
        Meeting(
            f"m{i}",
            f"Weekly {a}/{b}",
            (a, b),
            30,
            date(year, 1, 4 + i % 5),
            time(9 + i % 4),
            repeat=Repeat("weekly", byday=(ByDay(i % 5),), until=date(year, 12, 31)),
        )
        for i, (a, b) in enumerate(pairs)
    )
    return Plan(teams=teams, roles=roles, meetings=meetings, display_zone="UTC")
