"""A hit of the zone search as the picker shows it: in the GUI's language and locale.

The search's :attr:`PlaceHit.label` is English (the ``zones`` command prints it); the GUI
says the same in its language: the words translated (context "ZonePicker"), the country
and the CLDR zone name from :mod:`planner.time.places.local_names`, the offset in the
locale's digits. While the GUI is English the text is exactly the label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import translate
from ui.i18n.formats import digits
from ui.i18n.language import active_language

if TYPE_CHECKING:
    from planner.time.places.search import PlaceHit


def offset_text(offset: str) -> str:
    """A UTC offset such as ``+05:30`` as the GUI writes it ("UTC+05:30")."""
    return translate("ZonePicker", "UTC{offset}").format(offset=digits(offset))


def hit_text(hit: PlaceHit) -> str:
    """The hit on one line: place, zone, offset now and daylight saving, translated."""
    from planner.time.places.local_names import local_names

    names = local_names(active_language())
    country = names.countries.get(hit.country_code, hit.country) if hit.country else ""
    city = hit.city
    if hit.alias:
        city = translate("ZonePicker", "{city} ({alias})", "a city and the other name typed")
        city = city.format(city=hit.city, alias=hit.alias)
    separator = translate("ZonePicker", ", ", "between the parts of a place: city, state, country")
    place = separator.join(part for part in (city, hit.admin, country) if part)
    zone = hit.zone
    if hit.kind != "city" and hit.zone_name:
        name = names.zones.get(hit.zone_name, hit.zone_name)
        zone = translate("ZonePicker", "{zone}, {name}", "a zone id and its CLDR name")
        zone = zone.format(zone=hit.zone, name=name)
    clock = _clock(offset_text(hit.offset), hit.observes_dst)
    if hit.kind != "city" and hit.abbreviation:
        with_abbreviation = translate("ZonePicker", "{abbreviation}, {clock}", "IST, UTC+05:30")
        clock = with_abbreviation.format(abbreviation=hit.abbreviation, clock=clock)
    if place:
        text = translate("ZonePicker", "{place} — {zone} ({clock})", "a hit of the zone search")
        return text.format(place=place, zone=zone, clock=clock)
    return translate("ZonePicker", "{zone} ({clock})").format(zone=zone, clock=clock)


def _clock(utc: str, observes_dst: bool) -> str:
    if observes_dst:
        return translate("ZonePicker", "{utc} now, observes daylight saving").format(utc=utc)
    return translate("ZonePicker", "{utc}, no daylight saving").format(utc=utc)
