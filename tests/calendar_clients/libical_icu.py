"""The release of the tz data in the ICU that libical's recurrence iterator uses.

Runs under the system Python (``/usr/bin/python3``) with Debian's ``gir1.2-ical-3.0`` and
``python3-gi``, as ``expand_libical.py`` does; prints the release (``2022e``).
Loading libical loads the system's ICU (``libicui18n.so.NN``); its C functions carry the
major version in their names (``ucal_getTZDataVersion_NN``).
"""

import ctypes
import re

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def main():
    ICalGLib.Timezone.get_utc_timezone()  # loads libical, and ICU with it
    with open("/proc/self/maps", encoding="utf-8") as maps:
        found = re.search(r"(/\S*libicui18n\.so\.(\d+))", maps.read())
    if found is None:
        raise SystemExit("libical loaded no ICU (libicui18n)")
    library = ctypes.CDLL(found.group(1))
    function = getattr(library, f"ucal_getTZDataVersion_{found.group(2)}")
    function.restype = ctypes.c_char_p
    status = ctypes.c_int(0)
    version = function(ctypes.byref(status))
    if status.value > 0 or not version:
        raise SystemExit(f"ICU could not name its tz data (error {status.value})")
    print(version.decode("ascii"))


if __name__ == "__main__":
    main()
