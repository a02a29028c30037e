"""The client scripts run in processes of their own: pytest must not import them.

``expand_libical.py`` needs the system Python's GObject bindings, and importing khal
(``expand_khal.py``) switches icalendar to pytz for the whole process.
"""

collect_ignore = ["expand_libical.py", "expand_khal.py"]
