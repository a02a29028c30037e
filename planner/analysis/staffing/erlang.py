"""Erlang C: the agents an interval needs, and the service level a number of agents gives.

Traffic ``A`` (Erlangs) is contacts x handle time / interval length / concurrency. The
probability that a contact waits is Erlang C, computed from Erlang B's recurrence
``B(n) = A B(n-1) / (n + A B(n-1))`` and ``C = N B / (N - A (1 - B))``: no factorial, no
power, so it stays exact to rounding for thousands of contacts per interval. The service
level is ``1 - C exp(-(N - A) t / h)`` for the target seconds ``t`` and the effective handle
time ``h`` (handle_seconds / concurrency: an agent with two chats at once serves at twice
the rate).
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction

from planner.plan.demand import Demand

MAX_AGENTS = 1_000_000


def erlang_c(agents: int, load: float) -> float:
    """The probability that a contact waits, for ``agents`` and traffic ``load``.

    1.0 when ``agents <= load`` (the queue never empties).

    >>> round(erlang_c(14, 10.0), 4)
    0.1741
    """
    if load <= 0:
        return 0.0
    if agents <= load:
        return 1.0
    blocking = 1.0
    for n in range(1, agents + 1):
        blocking = load * blocking / (n + load * blocking)
    return agents * blocking / (agents - load * (1.0 - blocking))


def service_level(agents: int, load: float, seconds: float, handle_seconds: float) -> float:
    """Share of contacts answered within ``seconds`` (0 to 1) with ``agents`` on duty.

    >>> round(100 * service_level(14, 10.0, 20, 180), 2), round(100 * service_level(13, 10.0, 20, 180), 2)
    (88.84, 79.56)
    """
    if load <= 0:
        return 1.0
    if agents <= load:
        return 0.0
    waits = erlang_c(agents, load)
    return max(0.0, 1.0 - waits * math.exp(-(agents - load) * seconds / handle_seconds))


@functools.lru_cache(maxsize=65536)
def _required_net(
    load: float, target: float, seconds: float, handle: float, occupancy: float
) -> int:
    """The fewest agents meeting the service level and the occupancy cap (Erlang C)."""
    if load <= 0:
        return 0
    blocking = 1.0
    n = 0
    while n < MAX_AGENTS:
        n += 1
        blocking = load * blocking / (n + load * blocking)
        if n <= load or load / n > occupancy:
            continue
        waits = n * blocking / (n - load * (1.0 - blocking))
        level = 1.0 - waits * math.exp(-(n - load) * seconds / handle)
        if level >= target:
            return n
    raise ValueError(f"no number of agents up to {MAX_AGENTS} meets the target")


def _shrinkage(demand: Demand) -> Fraction:
    """The share of paid time on contacts, exactly (1 - shrinkage)."""
    return _on_contacts(demand.shrinkage_percent)


@functools.lru_cache(maxsize=256)
def _on_contacts(shrinkage_percent: float) -> Fraction:
    return (100 - Fraction(repr(shrinkage_percent))) / 100


def required_agents(contacts: float, interval_seconds: float, demand: Demand) -> int:
    """Agents to schedule for ``contacts`` in one interval: Erlang C, then shrinkage.

    The fewest agents ``N`` whose service level reaches the target with occupancy at most
    the cap, divided by ``1 - shrinkage`` and rounded up.

    >>> from planner.plan.demand import WeekProfile
    >>> d = Demand(180, WeekProfile.empty(30), shrinkage_percent=30)
    >>> required_agents(100, 1800, d)
    20
    """
    handle = demand.handle_seconds / demand.concurrency
    load = contacts * handle / interval_seconds
    net = _required_net(
        load,
        demand.service_level.percent / 100,
        float(demand.service_level.seconds),
        handle,
        demand.max_occupancy_percent / 100,
    )
    return math.ceil(net / _shrinkage(demand))


def productive_agents(scheduled: int, demand: Demand) -> int:
    """Agents on contacts out of ``scheduled`` after shrinkage (rounded down, exactly).

    >>> from planner.plan.demand import WeekProfile
    >>> productive_agents(20, Demand(180, WeekProfile.empty(30), shrinkage_percent=30))
    14
    """
    return math.floor(scheduled * _shrinkage(demand))


@functools.lru_cache(maxsize=65536)
def _level(agents: int, load: float, seconds: float, handle: float) -> float:
    return service_level(agents, load, seconds, handle)


def achieved_level(
    contacts: float, interval_seconds: float, scheduled: int, demand: Demand
) -> float:
    """The service level (0 to 1) that ``scheduled`` agents give ``contacts`` in an interval.

    >>> from planner.plan.demand import WeekProfile
    >>> round(100 * achieved_level(100, 1800, 14, Demand(180, WeekProfile.empty(30))), 2)
    88.84
    """
    handle = demand.handle_seconds / demand.concurrency
    load = contacts * handle / interval_seconds
    return _level(
        productive_agents(scheduled, demand), load, float(demand.service_level.seconds), handle
    )


def required_week(demand: Demand) -> tuple[tuple[int, ...], ...]:
    """The agents each interval of the demand's week profile requires (Monday first).

    >>> from planner.plan.demand import WeekProfile
    >>> week = WeekProfile.parse({"mon": {"09:00-09:30": 100}}, 30)
    >>> required_week(Demand(180, week))[0][18]
    14
    """
    step = demand.interval_minutes * 60
    known: dict[float, int] = {}
    result = []
    for day in demand.contacts.days:
        row = []
        for contacts in day:
            if contacts not in known:
                known[contacts] = required_agents(contacts, step, demand)
            row.append(known[contacts])
        result.append(tuple(row))
    return tuple(result)
