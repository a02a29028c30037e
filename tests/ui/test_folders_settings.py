"""Where the app keeps its files on each platform, and recent files with Windows paths."""

from __future__ import annotations

import ntpath
import posixpath
import sys
import uuid
from pathlib import Path, PureWindowsPath

import pytest
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ui.folders import data_folder
from ui.settings import ORGANIZATION, Settings


def test_the_data_folder_on_each_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("XDG_DATA_HOME", "OVERLAP_PLANNER_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what "~" is on Windows
    # platformdirs asks Windows for %LOCALAPPDATA% (not the roaming %APPDATA%); this
    # variable stands in for that answer on any platform.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\ana\AppData\Local")
    assert PureWindowsPath(data_folder("win32")) == PureWindowsPath(
        r"C:\Users\ana\AppData\Local\overlap-planner"
    )
    assert data_folder("darwin") == tmp_path / "Library" / "Application Support" / "overlap-planner"
    assert data_folder("linux") == tmp_path / ".local" / "share" / "overlap-planner"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_folder("linux") == tmp_path / "xdg" / "overlap-planner"
    override = {"OVERLAP_PLANNER_DATA_DIR": str(tmp_path / "portable")}
    for platform in ("win32", "darwin", "linux"):
        assert data_folder(platform, override) == tmp_path / "portable"


def test_recent_windows_paths_are_one_entry_whatever_their_case_or_slashes(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat)
    settings = Settings(store, paths=ntpath)
    settings.add_recent_file(r"C:\Plans\Acme.overlap.toml")
    settings.add_recent_file(r"\\fileserver\team\Kyiv.overlap.toml")
    settings.add_recent_file("c:/plans/acme.overlap.toml")
    assert settings.recent_files() == [
        r"c:\plans\acme.overlap.toml",
        r"\\fileserver\team\Kyiv.overlap.toml",
    ]
    assert settings.last_file() == r"c:\plans\acme.overlap.toml"
    settings.sync()
    again = Settings(QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat), ntpath)
    assert again.recent_files() == settings.recent_files()
    again.remove_recent_file(r"\\FILESERVER\team\kyiv.OVERLAP.toml")
    assert again.recent_files() == [r"c:\plans\acme.overlap.toml"]


def test_recent_posix_paths_keep_their_case(tmp_path: Path) -> None:
    posix = Settings(QSettings(str(tmp_path / "posix.ini"), QSettings.Format.IniFormat), posixpath)
    posix.add_recent_file("/plans/Acme.toml")
    posix.add_recent_file("/plans/acme.toml")
    posix.add_recent_file("/plans/./acme.toml")
    assert posix.recent_files() == ["/plans/acme.toml", "/plans/Acme.toml"]


def test_the_native_settings_store_round_trips(tmp_path: Path) -> None:
    """The registry on Windows, a property list on macOS, an INI file here (put in tmp_path)."""
    application = f"Overlap Planner test {uuid.uuid4().hex[:8]}"
    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    if sys.platform.startswith("linux"):
        QSettings.setPath(native, user, str(tmp_path))
    try:
        store = QSettings(ORGANIZATION, application)
        assert store.format() == native
        settings = Settings(store)
        settings.set_window(QByteArray(b"\x01\x00geometry\xff"), QByteArray(b"state"))
        settings.add_recent_file(str(tmp_path / "Acme Plans" / "acme.overlap.toml"))
        settings.set_autosave_folder(str(tmp_path / "autosaves"))
        settings.set_clock24(False)
        settings.sync()
        assert store.status() == QSettings.Status.NoError
        again = Settings(QSettings(ORGANIZATION, application))
        assert again.geometry() == QByteArray(b"\x01\x00geometry\xff")
        assert again.recent_files() == [
            str((tmp_path / "Acme Plans" / "acme.overlap.toml").resolve())
        ]
        assert again.autosave_folder() == str(tmp_path / "autosaves")
        assert again.clock24() is False
        if sys.platform.startswith("linux"):
            assert Path(store.fileName()) == tmp_path / ORGANIZATION / f"{application}.conf"
        store.clear()
        store.sync()
    finally:
        if sys.platform.startswith("linux"):
            default = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.GenericConfigLocation
            )
            QSettings.setPath(native, user, default)
