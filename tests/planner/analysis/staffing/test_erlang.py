"""Erlang C against the reference values and against the textbook formula in exact fractions."""

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.analysis.staffing.erlang import (
    achieved_level,
    erlang_c,
    productive_agents,
    required_agents,
    service_level,
)
from planner.plan.demand import Demand, ServiceLevel, WeekProfile

WEEK = WeekProfile.empty(30)


def exact_erlang_c(agents: int, load: Fraction) -> Fraction:
    """The textbook formula with factorials, in exact fractions."""
    top = load**agents / math.factorial(agents) * Fraction(agents) / (agents - load)
    return top / (sum(load**k / math.factorial(k) for k in range(agents)) + top)


def exact_level(agents: int, load: Fraction, seconds: float, handle: float) -> float:
    waits = exact_erlang_c(agents, load)
    return 1 - float(waits) * math.exp(-(agents - float(load)) * seconds / handle)


def test_reference_values():
    demand = Demand(180, WEEK)
    assert required_agents(100, 1800, demand) == 14
    assert round(100 * service_level(14, 10.0, 20, 180), 2) == 88.84
    assert round(100 * 10.0 / 14, 1) == 71.4  # occupancy at 14 agents
    assert round(100 * service_level(13, 10.0, 20, 180), 2) == 79.56
    assert required_agents(100, 1800, Demand(180, WEEK, shrinkage_percent=30)) == 20


def test_shrinkage_is_applied_exactly():
    demand = Demand(180, WEEK, shrinkage_percent=30)
    assert productive_agents(20, demand) == 14  # 20 x 0.7 is 13.999... in floating point
    assert productive_agents(19, demand) == 13
    assert round(100 * achieved_level(100, 1800, 20, demand), 2) == 88.84
    assert round(100 * achieved_level(100, 1800, 19, demand), 2) == 79.56


def test_occupancy_cap_and_concurrency():
    assert required_agents(100, 1800, Demand(180, WEEK, max_occupancy_percent=70)) == 15
    # Two chats at once: the traffic halves and each agent serves twice as fast.
    chat = Demand(180, WEEK, concurrency=2)
    assert required_agents(100, 1800, chat) == required_agents(100, 1800, Demand(90, WEEK)) == 8
    assert required_agents(0, 1800, chat) == 0


def test_two_thousand_contacts_per_interval():
    demand = Demand(180, WEEK)
    agents = required_agents(2000, 1800, demand)
    load = Fraction(2000 * 180, 1800)
    assert exact_level(agents, load, 20, 180) >= 0.8 > exact_level(agents - 1, load, 20, 180)
    assert agents == 208
    with pytest.raises(OverflowError):
        float(load) ** agents / math.factorial(agents)  # the textbook way cannot do it


@settings(max_examples=60, deadline=None)
@given(agents=st.integers(1, 40), numerator=st.integers(1, 4000), denominator=st.integers(1, 100))
def test_erlang_c_equals_the_exact_formula(agents, numerator, denominator):
    load = Fraction(numerator, denominator)
    if load >= agents:
        assert erlang_c(agents, float(load)) == 1.0
        return
    assert erlang_c(agents, float(load)) == pytest.approx(
        float(exact_erlang_c(agents, load)), rel=1e-9
    )


@settings(max_examples=40, deadline=None)
@given(
    contacts=st.integers(1, 300),
    handle=st.integers(20, 600),
    percent=st.sampled_from([70, 80, 90, 95]),
    seconds=st.sampled_from([0, 15, 20, 60]),
    occupancy=st.sampled_from([80, 90, 100]),
)
def test_required_agents_equal_a_search_with_the_exact_formula(
    contacts, handle, percent, seconds, occupancy
):
    demand = Demand(handle, WEEK, ServiceLevel(percent, seconds), max_occupancy_percent=occupancy)
    load = Fraction(contacts * handle, 1800)
    agents = math.floor(load) + 1
    while not (
        exact_level(agents, load, seconds, handle) >= percent / 100
        and load / agents <= Fraction(occupancy, 100)
    ):
        agents += 1
    assert required_agents(contacts, 1800, demand) == agents


def old_on_contacts(shrinkage_percent: float) -> Fraction:
    """The share of paid time on contacts as it was computed before: in ``fractions``."""
    return (100 - Fraction(repr(shrinkage_percent))) / 100


SHRINKAGE = st.one_of(
    st.floats(0, 100, exclude_max=True),
    st.decimals(0, 99, places=2).map(float),
    st.sampled_from([0.0, 30.0, 12.5, 33.3, 1e-05, 2.5e-07, 99.99]),
)


@settings(max_examples=300, deadline=None)
@given(shrinkage=SHRINKAGE, scheduled=st.integers(0, 100_000), contacts=st.integers(0, 400))
def test_shrinkage_in_integers_equals_the_fractions_it_replaced(shrinkage, scheduled, contacts):
    demand = Demand(180, WEEK, shrinkage_percent=shrinkage)
    share = old_on_contacts(shrinkage)
    assert productive_agents(scheduled, demand) == math.floor(scheduled * share)
    net = required_agents(contacts, 1800, Demand(180, WEEK))
    assert required_agents(contacts, 1800, demand) == math.ceil(net / share)
