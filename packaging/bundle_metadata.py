"""The app's platform metadata, all from ``planner.__version__``.

- Windows: the version resource of both executables (a version file that
  pyinstaller-versionfile writes and PyInstaller reads);
- macOS: ``Info.plist`` of ``Overlap Planner.app``, with the plan document type.

The spec (``overlap-planner.spec``) imports this module; ``tests/packaging`` loads it by
path and checks what it generates on any platform (the files are plain text and a plist).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

NAME = "overlap-planner"
DISPLAY_NAME = "Overlap Planner"
# Apple allows letters, digits, "-" and "." in bundle and type identifiers (no "_", which
# the AppStream id io.github.overlap_planner.OverlapPlanner uses on Linux).
BUNDLE_ID = "io.github.overlap-planner.OverlapPlanner"
PLAN_UTI = "io.github.overlap-planner.plan"
PLAN_MIME = "application/x-overlap-planner-plan"
ICNS = f"{NAME}.icns"
MINIMUM_MACOS = "12.0"  # Qt 6.8 and later
APPLE_ID = re.compile(r"[A-Za-z0-9.-]+\Z")


def release_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows and macOS version fields hold (pre-release tags dropped).

    >>> release_numbers("0.1.0"), release_numbers("1.2.3.dev4"), release_numbers("2.0rc1")
    ((0, 1, 0, 0), (1, 2, 3, 0), (2, 0, 0, 0))
    """
    match = re.match(r"\d+(?:\.\d+)*", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(n) for n in match[0].split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_version_file(path: Path, version: str, executable: str = NAME) -> Path:
    """Write the version resource of ``<executable>.exe`` for PyInstaller's ``version=``."""
    import pyinstaller_versionfile

    path.parent.mkdir(parents=True, exist_ok=True)
    pyinstaller_versionfile.create_versionfile(
        output_file=str(path),
        version=".".join(str(n) for n in release_numbers(version)),
        company_name=DISPLAY_NAME,
        file_description=DISPLAY_NAME,
        internal_name=executable,
        legal_copyright="MIT License",
        original_filename=f"{executable}.exe",
        product_name=DISPLAY_NAME,
        translations=[0x0409, 1200],  # U.S. English, Unicode
    )
    return path


def info_plist(version: str) -> dict[str, Any]:
    """The keys of ``Overlap Planner.app/Contents/Info.plist`` that PyInstaller does not set.

    Plans (``*.overlap.toml``) are the app's own document type, exported as a UTI; any other
    ``.toml`` file lists the app under "Open With" without it becoming the default
    (``LSHandlerRank`` ``Alternate``).
    """
    numbers = release_numbers(version)
    short = ".".join(str(n) for n in numbers[:3])
    return {
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": short,
        "CFBundleVersion": short,
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PLAN_UTI,
                "UTTypeDescription": "Overlap Planner plan",
                "UTTypeConformsTo": ["public.plain-text"],
                "UTTypeIconFile": ICNS,
                "UTTypeTagSpecification": {
                    "public.filename-extension": ["overlap.toml"],
                    "public.mime-type": [PLAN_MIME],
                },
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Overlap Planner plan",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PLAN_UTI],
                "CFBundleTypeIconFile": ICNS,
            },
            {
                "CFBundleTypeName": "TOML file",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Alternate",
                "CFBundleTypeExtensions": ["toml"],
            },
        ],
    }
