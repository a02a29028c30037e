"""Staffing of real-time roles with contact demand: Erlang C, intervals, scheduled agents, roster."""
