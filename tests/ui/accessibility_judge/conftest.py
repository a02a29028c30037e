"""The reader runs under the system Python with Debian's GObject bindings: pytest must not import it."""

collect_ignore = ["atspi_reader.py"]
