"""Paths written in a plan (e.g. ``contacts_file``), read as Windows and as POSIX systems do."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.plan.paths import plan_path, plan_relative_text, resolve_plan_path

POSIX_PLANS = PurePosixPath("/home/ana/plans")
WINDOWS_PLANS = PureWindowsPath(r"C:\Users\ana\Plans")


@pytest.mark.parametrize(
    ("text", "posix", "windows"),
    [
        ("contacts.csv", "/home/ana/plans/contacts.csv", r"C:\Users\ana\Plans\contacts.csv"),
        ("data/contacts.csv", "/home/ana/plans/data/contacts.csv", r"C:\Users\ana\Plans\data\contacts.csv"),
        (r"data\contacts.csv", "/home/ana/plans/data/contacts.csv", r"C:\Users\ana\Plans\data\contacts.csv"),
        (r"..\shared\contacts.csv", "/home/ana/plans/../shared/contacts.csv", r"C:\Users\ana\Plans\..\shared\contacts.csv"),
        ("  contacts.csv ", "/home/ana/plans/contacts.csv", r"C:\Users\ana\Plans\contacts.csv"),
        ("/srv/team/contacts.csv", "/srv/team/contacts.csv", r"C:\srv\team\contacts.csv"),
    ],
)  # fmt: skip
def test_relative_and_rooted_paths_on_both_systems(text: str, posix: str, windows: str) -> None:
    assert plan_path(text, POSIX_PLANS, windows=False) == PurePosixPath(posix)
    assert plan_path(text, WINDOWS_PLANS, windows=True) == PureWindowsPath(windows)


@pytest.mark.parametrize(
    "text",
    [r"D:\shared\contacts.csv", "D:/shared/contacts.csv", r"\\fileserver\team\contacts.csv"],
)
def test_drive_letters_and_shares_are_windows_only(text: str) -> None:
    assert plan_path(text, WINDOWS_PLANS, windows=True) == PureWindowsPath(text)
    with pytest.raises(PlannerError) as raised:
        plan_path(text, POSIX_PLANS, windows=False)
    assert str(raised.value) == (
        f'"{text}" is a Windows path ({PureWindowsPath(text).drive}), which does not exist on '
        "this computer: write the path relative to the plan's folder, e.g. contacts.csv"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the path is empty: name a file, e.g. contacts.csv beside the plan"),
        ("   ", "the path is empty: name a file, e.g. contacts.csv beside the plan"),
        (
            "C:contacts.csv",
            '"C:contacts.csv" names a drive without a folder: write "C:\\folder\\file" or a '
            "path relative to the plan",
        ),
    ],
)
def test_unusable_paths_say_what_to_write(text: str, message: str) -> None:
    for folder, windows in ((POSIX_PLANS, False), (WINDOWS_PLANS, True)):
        with pytest.raises(PlannerError) as raised:
            plan_path(text, folder, windows=windows)
        assert str(raised.value) == message


def test_resolving_on_this_computer(tmp_path: Path) -> None:
    assert resolve_plan_path(r"data\contacts.csv", tmp_path) == tmp_path / "data" / "contacts.csv"
    # A plan never saved: beside the current folder, named in full (what a message shows).
    assert resolve_plan_path("contacts.csv", None) == Path.cwd() / "contacts.csv"


def test_written_back_relative_with_forward_slashes(tmp_path: Path) -> None:
    inside = tmp_path / "data" / "contacts.csv"
    assert plan_relative_text(inside, tmp_path) == "data/contacts.csv"
    assert plan_relative_text(inside, None) == inside.as_posix()
    outside = tmp_path.parent / "contacts.csv"
    assert resolve_plan_path(plan_relative_text(outside, tmp_path), tmp_path) == outside


NAMES = st.text(alphabet="abcxyz019-_ .", min_size=1, max_size=8).filter(
    lambda n: n.strip(" .") == n and n not in (".", "..")
)


@settings(max_examples=60)
@given(parts=st.lists(NAMES, min_size=1, max_size=4), windows_separators=st.booleans())
def test_a_path_written_on_one_system_names_the_same_file_on_the_other(
    parts: list[str], windows_separators: bool
) -> None:
    text = ("\\" if windows_separators else "/").join(parts)
    on_posix = plan_path(text, POSIX_PLANS, windows=False)
    on_windows = plan_path(text, WINDOWS_PLANS, windows=True)
    assert on_posix.relative_to(POSIX_PLANS).parts == tuple(parts)
    assert on_windows.relative_to(WINDOWS_PLANS).parts == tuple(parts)
