"""Meeting views shared by panels and editors: occurrence rows, clock texts, the DST drift view."""
