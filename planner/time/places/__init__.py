"""Place search: any city of 15,000+ people, country, admin area, zone name or abbreviation -> zone."""
