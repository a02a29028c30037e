"""Whether a CalDAV address may carry the password: https, or plain http to this machine.

Basic authentication over plain ``http://`` sends the password readable by anyone on the
network path (café Wi-Fi, a proxy, the server's hosting). It is refused unless the server
is on this machine (loopback) or the user explicitly allows it.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from planner.errors import PlannerError
from planner.text import Text


def is_loopback(host: str) -> bool:
    """True for an address of this machine: ``localhost``, 127.0.0.0/8, ``::1``.

    >>> is_loopback("localhost"), is_loopback("127.0.0.53"), is_loopback("[::1]")
    (True, True, True)
    >>> is_loopback("dav.example.com"), is_loopback("10.0.0.2")
    (False, False)
    """
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def sends_password_in_clear(url: str) -> bool:
    """True when publishing to ``url`` would send the password unencrypted to another machine.

    >>> sends_password_in_clear("http://dav.example.com/"), sends_password_in_clear("https://x/")
    (True, False)
    >>> sends_password_in_clear("http://127.0.0.1:5232/")
    False
    """
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not is_loopback(parts.hostname or "")


def check_transport(url: str, allow_insecure_http: bool = False) -> None:
    """PlannerError for plain ``http://`` to another machine, unless explicitly allowed.

    >>> check_transport("http://dav.example.com/")
    Traceback (most recent call last):
    ...
    planner.errors.PlannerError: dav.example.com is addressed with http://, which would send the password unencrypted, readable by anyone on the network: use https://, or pass --allow-insecure-http if you trust every network in between
    """
    if allow_insecure_http or not sends_password_in_clear(url):
        return
    host = urlsplit(url.strip()).hostname
    raise PlannerError(
        Text(
            "{host} is addressed with http://, which would send the password unencrypted, readable by anyone on the network: use https://, or pass --allow-insecure-http if you trust every network in between",
            host=host,
        )
    )
