"""A real Radicale CalDAV server for tests: 127.0.0.1, a free port, temporary storage, htpasswd.

Every user may write the calendars under their own principal except one named
``readonly``, which they may only read: the case of "a calendar that refuses writes".
Requests larger than ``max_content_length`` bytes are refused (HTTP 413), which lets a test
make the server refuse one meeting in the middle of a publish.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

READONLY_CALENDAR = "readonly"

_RIGHTS = f"""\
[root]
user: .+
collection:
permissions: R

[principal]
user: .+
collection: {{user}}
permissions: RW

[readonly]
user: .+
collection: {{user}}/{READONLY_CALENDAR}
permissions: r

[calendars]
user: .+
collection: {{user}}/[^/]+
permissions: rw
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RadicaleServer:
    """A running Radicale process.

    Attributes:
        url: the server's base URL (``http://127.0.0.1:PORT/``).
        folder: its configuration, password file, storage and log.
        process: the server process.
    """

    url: str
    folder: Path
    process: subprocess.Popen[bytes]

    @property
    def log(self) -> str:
        """What the server has logged so far."""
        return (self.folder / "radicale.log").read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the server (SIGTERM, or TerminateProcess on Windows; Radicale takes ~2 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_radicale(
    folder: Path, users: dict[str, str], *, max_content_length: int = 100_000
) -> RadicaleServer:
    """Start Radicale in ``folder`` with these users and passwords; wait until it answers."""
    folder.mkdir(parents=True, exist_ok=True)
    storage = folder / "storage"
    (folder / "users").write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
    (folder / "rights").write_text(_RIGHTS, encoding="utf-8")
    for user in users:
        # The read-only calendar exists from the start: its owner could not create it.
        calendar = storage / "collection-root" / user / READONLY_CALENDAR
        calendar.mkdir(parents=True, exist_ok=True)
        props = {"D:displayname": READONLY_CALENDAR, "tag": "VCALENDAR"}
        (calendar / ".Radicale.props").write_text(json.dumps(props), encoding="utf-8")
    port = free_port()
    config = folder / "config"
    config.write_text(
        f"""\
[server]
hosts = 127.0.0.1:{port}
max_content_length = {max_content_length}

[auth]
type = htpasswd
htpasswd_filename = {folder / "users"}
htpasswd_encryption = autodetect
delay = 0

[rights]
type = from_file
file = {folder / "rights"}

[storage]
filesystem_folder = {storage}

[logging]
level = warning
""",
        encoding="utf-8",
    )
    log = (folder / "radicale.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    server = RadicaleServer(f"http://127.0.0.1:{port}/", folder, process)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Radicale exited with {process.returncode}:\n{server.log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"Radicale did not answer on port {port} within 30 s:\n{server.log}")
