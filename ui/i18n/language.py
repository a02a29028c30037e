"""The language of the GUI: which one, its Qt translators, its locale and layout direction.

The app's messages are English in the source; ``resources/translations`` holds a catalogue
per language (``overlap_planner_<code>.qm``, compiled from the ``.ts`` files by
``packaging/translations.py``). English has one too, with the plural forms only
("1 team", "2 teams"). Qt's own messages (the OK and Cancel of standard buttons) come
from the ``qtbase_<code>.qm`` that PySide6 ships.

One language is active per process: :func:`apply_language` installs its translators (the
ones installed before are removed), sets the default QLocale (dates, times, numbers) and
the application's layout direction (right-to-left for Arabic). The GUI applies the
user's choice at start and again when it changes; the ``chart`` command line applies
English with the C locale, so that its output never depends on the machine.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

#: The languages the app ships, by code, each named in its own language (the menu's text).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}
SOURCE_LANGUAGE = "en"
#: The shipped languages written right to left.
RIGHT_TO_LEFT = frozenset({"ar"})
#: The settings value for "follow the system's language".
SYSTEM = "system"
CATALOGUE = "overlap_planner_{code}.qm"

_installed: list[QTranslator] = []
_direction_set = False  # a language has set the layout direction
_active = SOURCE_LANGUAGE
_generation = 0


def package_file(package: str, name: str) -> Path:
    """A file shipped in one of our packages (a catalogue, an icon), e.g. ``resources.icons``.

    Found beside the package's module, as installed and in the frozen app; only an
    archive without files goes through ``importlib.resources``, whose import costs the
    window's first paint some 5 ms.
    """
    location = getattr(importlib.import_module(package), "__file__", None)
    if location:
        path = os.path.join(os.path.dirname(location), name)
        if os.path.isfile(path):
            return Path(path)
    from importlib import resources

    return Path(str(resources.files(package).joinpath(name)))


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of a language in ``resources/translations``."""
    return package_file("resources.translations", CATALOGUE.format(code=code))


def qt_catalogue_path(code: str) -> Path | None:
    """Qt's own ``qtbase_<code>.qm`` (standard buttons and dialogs), where PySide6 has it."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo  # another language only: English needs none

    name = f"qtbase_{code}.qm"
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]

    folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return None


def language_of(locale: QLocale) -> str:
    """The shipped language closest to a locale's: its own when shipped, else English.

    >>> language_of(QLocale("es_MX")), language_of(QLocale("ar_SA")), language_of(QLocale("de_DE"))
    ('es', 'ar', 'en')
    """
    for name in locale.uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def resolve(choice: str, system: QLocale) -> tuple[str, QLocale]:
    """The language for a setting (a code, or "system") and the locale that formats with it.

    The system's locale is kept when it speaks the language (``es_MX`` stays Mexican:
    ``85.5``, ``h:mm a.m.``). English where the system speaks another language keeps the
    system's region (``en_DE``: day-first dates, A4 paper); the C locale stays C. Another
    shipped language chosen over the system's uses that language's default locale.

    >>> code, locale = resolve("system", QLocale("es_MX"))
    >>> code, locale.name()
    ('es', 'es_MX')
    >>> code, locale = resolve("ar", QLocale("en_GB"))
    >>> code, locale.name()
    ('ar', 'ar_EG')
    >>> [resolve("system", QLocale(n))[1].name() for n in ("de_DE", "C", "en_GB")]
    ['en_DE', 'C', 'en_GB']
    """
    code = choice if choice in LANGUAGES else language_of(system)
    if code != SOURCE_LANGUAGE:
        own = QLocale(code)
        return code, system if system.language() == own.language() else own
    if system.language() in (QLocale.Language.C, QLocale.Language.English):
        return code, system
    return code, QLocale(QLocale.Language.English, system.territory())


def active_language() -> str:
    """The code of the language applied last (English until one is applied)."""
    return _active


def generation() -> int:
    """A number that changes whenever a language is applied (for caches of translated text)."""
    return _generation


def use_source_language() -> None:
    """English, the C locale and left-to-right: the ``chart`` command line's output.

    Whatever the machine's language or the GUI's saved choice, the command line's chart
    is the same bytes (the GUI applies its language only in ``ui.app``).
    """
    apply_language(SOURCE_LANGUAGE, QLocale.c())


def apply_language(code: str, locale: QLocale) -> None:
    """Make ``code`` the language of the running app, formatting with ``locale``.

    Installing and removing translators sends every widget a LanguageChange event; the
    windows retranslate their texts then.
    """
    global _active, _generation, _direction_set
    app = QCoreApplication.instance()
    assert app is not None, "a Q*Application must exist before a language is applied"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = [catalogue_path(code)]
    if code != SOURCE_LANGUAGE:
        qt_file = qt_catalogue_path(code)
        if qt_file is not None:
            files.append(qt_file)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    _active = code
    _generation += 1
    QLocale.setDefault(locale)
    right_to_left = code in RIGHT_TO_LEFT
    if isinstance(app, QGuiApplication) and (right_to_left or _direction_set):
        # Only when a language needs it: touching one of Qt's own enums first builds all
        # of them (40-60 ms with PySide6), which a left-to-right start never pays before
        # its first paint. The table agrees with QLocale's data (a test checks).
        from PySide6.QtCore import Qt

        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        _direction_set = True
