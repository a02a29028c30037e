"""The password never travels in clear: plain http:// is for this machine or an explicit flag."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from importlib import resources

import pytest

from planner.calendar.caldav_publish import publish_plan
from planner.calendar.caldav_session import PublishError
from planner.calendar.transport import check_transport, sends_password_in_clear
from planner.cli.verbs import run
from planner.errors import PlannerError
from planner.plan.reading import load_plan

EXAMPLE = str(resources.files("resources.examples").joinpath("newyork-manila-kyiv.toml"))
NOW = datetime(2027, 1, 1, tzinfo=UTC)
REFUSED = (
    "dav.example.com is addressed with http://, which would send the password unencrypted, "
    "readable by anyone on the network: use https://, or pass --allow-insecure-http if you "
    "trust every network in between"
)


@pytest.mark.parametrize(
    ("url", "clear"),
    [
        ("http://dav.example.com/remote.php/dav/", True),
        ("HTTP://dav.example.com/", True),
        ("http://10.0.0.2:5232/", True),
        ("http://127.0.0.1:5232/", False),
        ("http://127.1.2.3/", False),
        ("http://localhost:5232/", False),
        ("http://[::1]:5232/", False),
        ("https://dav.example.com/", False),
        ("http://localhost.example.com/", True),
    ],
)
def test_which_addresses_send_the_password_in_clear(url: str, clear: bool):
    assert sends_password_in_clear(url) is clear
    if clear:
        with pytest.raises(PlannerError, match="unencrypted"):
            check_transport(url)
        check_transport(url, allow_insecure_http=True)
    else:
        check_transport(url)


def test_publishing_over_http_to_another_host_never_connects():
    plan = load_plan(EXAMPLE).plan
    connected: list[dict[str, object]] = []

    def client(**options: object) -> object:
        connected.append(options)
        raise ConnectionRefusedError(111, "Connection refused")

    with pytest.raises(PlannerError) as refused:
        publish_plan(
            plan, identity="x", url="http://dav.example.com/", user="alice", password="pw",
            now=NOW, client_factory=client,
        )  # fmt: skip
    assert str(refused.value) == REFUSED
    assert connected == []
    with pytest.raises(PublishError, match="connection refused"):
        publish_plan(
            plan, identity="x", url="http://dav.example.com/", user="alice", password="pw",
            now=NOW, client_factory=client, allow_insecure_http=True,
        )  # fmt: skip
    assert [c["url"] for c in connected] == ["http://dav.example.com/"]


def test_the_cli_refuses_before_it_asks_for_the_password(monkeypatch: pytest.MonkeyPatch):
    asked: list[str] = []
    monkeypatch.setattr("planner.cli.ics._terminal_prompt", lambda: asked.append)
    monkeypatch.setattr("planner.calendar.credentials.keyring_password", lambda service, key: None)
    out, err = io.StringIO(), io.StringIO()
    argv = ["publish", EXAMPLE, "--url", "http://dav.example.com/", "--user", "alice"]
    assert run(argv, out, err, NOW) == 2
    assert err.getvalue() == f"overlap-planner: error: {REFUSED}\n"
    assert asked == []


def test_the_flag_lets_the_cli_go_on(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OP_TEST_PASSWORD", "pw")
    seen: list[bool] = []

    def publisher(plan: object, **options: object) -> object:
        seen.append(bool(options["allow_insecure_http"]))
        raise PublishError("cannot reach dav.example.com: stand-in")

    monkeypatch.setattr("planner.calendar.caldav_publish.publish_plan", publisher)
    out, err = io.StringIO(), io.StringIO()
    argv = ["publish", EXAMPLE, "--url", "http://dav.example.com/", "--user", "alice",
            "--password-env", "OP_TEST_PASSWORD", "--allow-insecure-http"]  # fmt: skip
    assert run(argv, out, err, NOW) == 2
    assert err.getvalue() == "overlap-planner: error: cannot reach dav.example.com: stand-in\n"
    assert seen == [True]
