"""Meeting views shared by the panel and the editors: occurrence rows, clock texts, the DST drift view."""
