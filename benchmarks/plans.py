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


# Organisation scale: client offices and vendor teams spread over the world's zones, with
# the public holidays of their countries, the hours such teams keep (day, late and night
# desks, follow-the-sun cover, six-day and Sunday-to-Thursday weeks, split shifts).
OFFICES = [
    ("America/New_York", "US-NY"),
    ("Europe/London", "GB"),
    ("Australia/Sydney", "AU"),
    ("America/Chicago", "US"),
    ("Europe/Berlin", "DE"),
    ("America/Los_Angeles", "US-CA"),
    ("Asia/Tokyo", "JP"),
    ("Europe/Paris", "FR"),
    ("America/Toronto", "CA"),
    ("Asia/Singapore", "SG"),
]
VENDOR_ZONES = [
    ("Asia/Manila", "PH"),
    ("Europe/Kyiv", "UA"),
    ("Asia/Kolkata", "IN"),
    ("Asia/Riyadh", "SA"),
    ("Asia/Kathmandu", "NP"),
    ("America/Bogota", "CO"),
    ("Africa/Casablanca", "MA"),
    ("Pacific/Chatham", "NZ"),
    ("Europe/Warsaw", "PL"),
    ("Africa/Lagos", "NG"),
    ("Asia/Ho_Chi_Minh", "VN"),
    ("America/Sao_Paulo", "BR"),
    ("Africa/Cairo", "EG"),
    ("Asia/Karachi", "PK"),
    ("Asia/Dhaka", "BD"),
    ("Europe/Bucharest", "RO"),
    ("America/Mexico_City", "MX"),
    ("Asia/Kuala_Lumpur", "MY"),
    ("Africa/Nairobi", "KE"),
    ("America/Argentina/Buenos_Aires", "AR"),
    ("Asia/Colombo", "LK"),
    ("Europe/Lisbon", "PT"),
    ("Asia/Jakarta", "ID"),
    ("America/Lima", "PE"),
    ("Asia/Tehran", None),
    ("Australia/Lord_Howe", None),
]
VENDOR_HOURS = [
    {"mon-fri": ["09:00-18:00"]},
    {"mon-fri": ["21:00-06:00"]},
    {"mon-fri": ["13:00-22:00"]},
    {"daily": ["00:00-24:00"]},
    {"sun-thu": ["08:00-16:00"]},
    {"mon-sat": ["07:00-15:00"]},
    {"mon-fri": ["10:00-13:00", "14:00-19:30"]},
    {"mon-fri": ["16:00-01:00"], "sat": ["10:00-14:00"]},
]


def organisation_plan(clients: int, vendors: int, year: int = 2027) -> Plan:
    """``clients`` offices and ``vendors`` vendor teams; half the vendors hold a real-time role.

    Deterministic: team ``i`` always gets the same zone, holidays and hours. Every client
    has a weekly meeting with two vendors, every fifth vendor an async role.
    """
    teams = []
    for i in range(clients):
        zone, code = OFFICES[i % len(OFFICES)]
        hours = {"mon-fri": ["09:00-17:30" if i % 3 else "08:30-17:00"]}
        teams.append(Team(f"c{i:03d}", "client", zone, WeekHours.parse(hours), holidays=code))
    for j in range(vendors):
        zone, code = VENDOR_ZONES[j % len(VENDOR_ZONES)]
        hours = VENDOR_HOURS[(j * 7 + j // len(VENDOR_ZONES)) % len(VENDOR_HOURS)]
        teams.append(Team(f"v{j:04d}", "vendor", zone, WeekHours.parse(hours), holidays=code))
    roles = [
        Role(f"rt{j:04d}", "realtime", f"c{j % clients:03d}", f"v{j:04d}", min_coverage_percent=90)
        for j in range(0, vendors, 2)
    ]
    roles += [
        Role(f"as{j:04d}", "async", f"c{(j // 5) % clients:03d}", f"v{j:04d}")
        for j in range(1, vendors, 5)
    ]
    meetings = tuple(
        Meeting(
            f"m{i:03d}",
            f"Weekly c{i:03d}",
            (f"c{i:03d}", f"v{(i * 19) % vendors:04d}", f"v{(i * 19 + 7) % vendors:04d}"),
            45,
            date(year, 1, 4 + i % 5),
            time(9 + i % 6, 30 * (i % 2)),
            zone=OFFICES[i % len(OFFICES)][0],
            repeat=Repeat("weekly", byday=(ByDay(i % 5),), until=date(year, 12, 31)),
        )
        for i in range(clients)
    )
    return Plan(
        teams=tuple(teams),
        roles=tuple(roles),
        meetings=meetings,
        title=f"{clients} offices, {vendors} vendor teams",
        display_zone="UTC",
    )


def write_plan(plan: Plan, path: str) -> str:
    """Write ``plan`` as a plan file (the format ``check`` and ``analyze`` read); returns path."""
    from planner.plan.writing import dump_plan

    with open(path, "w", encoding="utf-8") as out:
        out.write(dump_plan(plan))
    return path
