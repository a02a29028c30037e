"""The CalDAV password: from an environment variable, the system keyring, or a person.

The password is only ever passed on to the server: no message here contains it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from planner.errors import PlannerError
from planner.text import Text

KEYRING_SERVICE = "overlap-planner"


def account_key(user: str, url: str) -> str:
    """The keyring user name of an account: ``user@host[:port]``.

    >>> account_key("alice", "https://cloud.example.com/remote.php/dav/")
    'alice@cloud.example.com'
    """
    parts = urlsplit(url)
    host = parts.hostname or url
    return f"{user}@{host}:{parts.port}" if parts.port else f"{user}@{host}"


def keyring_password(service: str, key: str) -> str | None:
    """The password the system keyring holds for ``key``, or None (also with no keyring)."""
    try:
        import keyring

        value = keyring.get_password(service, key)
    except Exception:  # no backend, a locked or broken one: the next source is asked
        return None
    return value if isinstance(value, str) and value else None


def keyring_absence() -> str | None:
    """Why this computer has no usable system keyring, or None when it has one.

    Windows has its Credential Manager and macOS its Keychain; Linux has one only with a
    Secret Service (GNOME Keyring, KWallet) running, and none on a server or in a container.
    """
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend or configuration
        return f"the system keyring cannot be used: {exc}"
    if isinstance(backend, fail.Keyring | null.Keyring):
        return "no system keyring on this computer"
    return None


def find_password(
    user: str,
    url: str,
    *,
    env_var: str | None = None,
    environ: Mapping[str, str] | None = None,
    keyring_lookup: Callable[[str, str], str | None] | None = None,
    prompt: Callable[[str], str] | None = None,
    absence: Callable[[], str | None] | None = None,
) -> str:
    """The CalDAV password: from ``env_var``, else the system keyring, else ``prompt``.

    Without a system keyring the prompt says so, and so does the error when nobody can be
    asked (instead of advising to store the password in a keyring that is not there).

    Args:
        user: the account's user name.
        url: the server's URL.
        env_var: the environment variable that holds it (``--password-env``); when given,
            no other source is asked.
        environ: the environment (``os.environ`` when not given).
        keyring_lookup: ``(service, key) -> password or None``; :func:`keyring_password`
            when not given.
        prompt: asks a person, given the question; None when nobody can be asked.
        absence: why there is no keyring, or None (default: :func:`keyring_absence` for
            the system keyring, nothing for another ``keyring_lookup``).

    >>> find_password("alice", "https://x", env_var="PW", environ={"PW": "s3cret"})
    's3cret'
    """
    environ = os.environ if environ is None else environ
    key = account_key(user, url)
    if env_var is not None:
        value = environ.get(env_var, "")
        if not value:
            raise PlannerError(
                Text(
                    "environment variable {env_var} is not set or empty: set it to the password of {key}",
                    env_var=env_var,
                    key=key,
                )
            )
        return value
    stored = (keyring_lookup or keyring_password)(KEYRING_SERVICE, key)
    if stored:
        return stored
    if absence is not None:
        missing = absence()
    else:
        system = keyring_lookup is None or keyring_lookup is keyring_password
        missing = keyring_absence() if system else None
    if prompt is None:
        if missing:
            raise PlannerError(
                Text(
                    "no password for {key} ({missing}): pass --password-env VAR with the password in that variable, or run in a terminal to be asked",
                    key=key,
                    missing=missing,
                )
            )
        raise PlannerError(
            Text(
                'no password for {key}: pass --password-env VAR with the password in that variable, store it in the system keyring (keyring set {KEYRING_SERVICE} "{key}"), or run in a terminal to be asked',
                key=key,
                KEYRING_SERVICE=KEYRING_SERVICE,
            )
        )
    value = prompt(f"Password for {key} ({missing}): " if missing else f"Password for {key}: ")
    if not value:
        raise PlannerError(Text("no password given for {key}", key=key))
    return value
