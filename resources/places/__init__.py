"""The place index of the zone search (built by packaging/build_places.py)."""
