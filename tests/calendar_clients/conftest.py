"""The client scripts run in processes of their own: pytest must not import them.

``expand_libical.py`` and ``libical_icu.py`` need the system Python's GObject bindings,
and importing khal (``expand_khal.py``) switches icalendar to pytz for the whole process.
"""

collect_ignore = ["expand_libical.py", "libical_icu.py", "expand_khal.py"]
