"""Why talking to a CalDAV server failed, in words: network, TLS and HTTP errors.

The caldav library and its HTTP client wrap the real cause several times over; these
functions find it and say what it means for the person publishing.
"""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Iterator
from http import HTTPStatus
from urllib.parse import urlsplit

TIMEOUT_SECONDS = 30


def wrapped_causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps (causes, contexts, ``reason`` and ``args``)."""
    pending = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        reason = getattr(current, "reason", None)
        linked = [current.__cause__, current.__context__, reason, *current.args]
        pending.extend(e for e in linked if isinstance(e, BaseException))


def host_port(url: str) -> str:
    """``host[:port]`` of a URL, for messages.

    >>> host_port("https://dav.example.com:8443/x")
    'dav.example.com:8443'
    """
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)


def network_problem(exc: BaseException, url: str) -> str | None:
    """A message for a failure to talk to the server at all, or None when it answered."""
    causes = list(wrapped_causes(exc))
    host = host_port(url)
    for cause in causes:
        if isinstance(cause, ssl.SSLCertVerificationError):
            detail = cause.verify_message or "certificate verify failed"
            return (
                f"TLS failure talking to {host}: its certificate is not trusted ({detail}); "
                "check the address, or install the certificate of the server's authority"
            )
    tls = [c for c in causes if isinstance(c, ssl.SSLError)]
    if tls or any("SSLError" in type(c).__name__ for c in causes):
        # "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"
        detail = re.sub(r"^\[[^\]]*\]\s*|\s*\(_ssl\.c:\d+\)$", "", str(tls[-1])) if tls else ""
        return (
            f"TLS failure talking to {host} ({detail or 'handshake failed'}): check that the server "
            "speaks https at this address (or use http:// for a server without TLS)"
        )
    for cause in causes:
        if isinstance(cause, ConnectionRefusedError):
            return f"cannot reach {host}: connection refused; check the address and port and that the server runs"
        if isinstance(cause, socket.gaierror) or "NameResolution" in type(cause).__name__:
            return f"cannot reach {host}: the host name is not known; check the address"
        if isinstance(cause, TimeoutError) or "Timeout" in type(cause).__name__:
            return f"cannot reach {host}: no answer within {TIMEOUT_SECONDS} s"
    for cause in causes:
        if isinstance(cause, OSError) and type(cause).__module__ in ("builtins", "socket"):
            return f"cannot reach {host}: {cause.strerror or type(cause).__name__}"
    if isinstance(exc, OSError):  # niquests and requests errors are OSErrors
        return f"cannot reach {host}: {type(exc).__name__}"
    return None


def status_code(exc: BaseException) -> int | None:
    """The HTTP status a caldav error carries, or None."""
    status = getattr(exc, "status", None)
    return status if isinstance(status, int) else None


def http_text(exc: BaseException) -> str:
    """``HTTP 403 Forbidden``: the status with its standard phrase (servers' texts vary)."""
    status = status_code(exc)
    if status is None:
        return type(exc).__name__
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"
