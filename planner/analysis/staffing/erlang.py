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


def _shrinkage(demand: Demand) -> tuple[int, int]:
    """The share of paid time on contacts (1 - shrinkage), exactly: ``(numerator, denominator)``."""
    return _on_contacts(demand.shrinkage_percent)


@functools.lru_cache(maxsize=256)
def _on_contacts(shrinkage_percent: float) -> tuple[int, int]:
    """``(100 - shrinkage_percent) / 100`` as integers, the percentage read as it is written.

    The float's shortest decimal text (its ``repr``), so 30.1 is exactly 301/10 and not the
    binary fraction nearest to it (integer arithmetic: ``fractions`` is not imported).

    >>> _on_contacts(30.0), _on_contacts(12.5), _on_contacts(1e-05)
    ((700, 1000), (875, 1000), (9999999, 10000000))
    """
    numerator, denominator = _decimal_ratio(shrinkage_percent)
    return 100 * denominator - numerator, 100 * denominator


def _decimal_ratio(value: float) -> tuple[int, int]:
    """The exact value of ``repr(value)`` (a finite float) as ``(numerator, denominator)``.

    >>> _decimal_ratio(30.1), _decimal_ratio(2.5e-07), _decimal_ratio(1e+22)
    ((301, 10), (25, 100000000), (10000000000000000000000, 1))
    """
    mantissa, _, exponent = repr(value).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = int(whole + fraction)
    scale = int(exponent or "0") - len(fraction)
    return (digits * 10**scale, 1) if scale >= 0 else (digits, 10**-scale)


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
    share, whole = _shrinkage(demand)
    return -(-net * whole // share)  # net / share x whole, rounded up exactly


def productive_agents(scheduled: int, demand: Demand) -> int:
    """Agents on contacts out of ``scheduled`` after shrinkage (rounded down, exactly).

    >>> from planner.plan.demand import WeekProfile
    >>> productive_agents(20, Demand(180, WeekProfile.empty(30), shrinkage_percent=30))
    14
    """
    share, whole = _shrinkage(demand)
    return scheduled * share // whole


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
