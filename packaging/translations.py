"""The translations of the GUI: extract the messages of ui/, compile the catalogues, report.

    python packaging/translations.py update         (or: make translations)
    python packaging/translations.py check          exit 1 when a .ts or .qm is stale
    python packaging/translations.py untranslated   (or: make untranslated) what is left
    python packaging/translations.py untranslated --json es > es.json
    python packaging/translations.py fill es es.json

``update`` finds the messages of every Python file of ``ui/`` (:func:`source_messages`:
``QCoreApplication.translate("Context", "text", "comment", n)``, ``self.tr("text")`` in
a class, whose context is the class's name, and the ``QT_TRANSLATE_NOOP("Context",
"text")`` marks of texts translated later; all with literal texts) and the templates of
the domain's texts, ``Text("template", ...)`` in ``planner/`` (context "Planner",
translated by ``ui.i18n.domain``), and runs PySide6's
``pyside6-lupdate`` over them (written out as one plain call each, because lupdate's
Python reader misses a plural whose count is not a literal number) into
``resources/translations/overlap_planner_<code>.ts`` (messages sorted, no source
locations, so that a moved line changes nothing; messages gone from the sources are
dropped, and a changed message keeps its old translation as an unfinished guess), then
``pyside6-lrelease`` compiles each into its ``.qm`` (finished translations only). The
English catalogue holds the plural forms only ("%n team(s)" as "1 team" and "2 teams").
Both the .ts and the .qm files are committed: the wheel, the sdist and the frozen app
take them as they are; the test suite runs ``check`` so that a message added to ui/ and
not extracted, or a .qm not compiled, fails; ``check`` also fails when a translation
loses or adds a ``{name}`` field of its source.

``untranslated`` lists each language's unfinished messages; with ``--json LANG`` it
writes them as a JSON list to fill in (``translation``: a string, or one string per
plural form) and ``fill LANG FILE`` puts the translations into the .ts (as finished).
Qt Linguist (``pyside6-linguist resources/translations/overlap_planner_es.ts``) edits
the same files. Run ``update`` after either.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "ui"
DOMAIN = ROOT / "planner"
DOMAIN_CONTEXT = "Planner"
"""The context of the domain's texts: ``Text("template", ...)`` of planner/ (ui.i18n.domain)."""
STEM = "overlap_planner"
LANGUAGES = ("en", "es", "ar")
SOURCE_LANGUAGE = "en"


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    """The Linguist source of a language."""
    return folder / f"{STEM}_{code}.ts"


def _tool(name: str) -> str:
    """A PySide6 tool next to the running interpreter (the venv's), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project (pip install -e .) first")
    return found


def _sources(folder: Path = SOURCES) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


APPLICATIONS = ("QCoreApplication", "QGuiApplication", "QApplication")
"""Whose ``translate`` is Qt's message lookup (a bare ``translate`` is ``ui.i18n``'s)."""

Message = tuple[str, str, str, bool]
"""A message as the sources ask for it: context, source text, comment, plural."""


def _text(node: ast.expr | None) -> str | None:
    """A literal string argument (implicit concatenation is one constant already)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_count(node: ast.expr | None) -> bool:
    """Whether a translate call's ``n`` makes it a plural (anything but a literal -1)."""
    if node is None:
        return False
    try:
        return bool(ast.literal_eval(node) != -1)
    except ValueError:  # a name or an expression: a count
        return True


def calls_in(tree: ast.AST) -> list[tuple[ast.Call, Message | None]]:
    """Every ``translate``/``tr`` call of a module, with its message (None: not literal)."""
    found: list[tuple[ast.Call, Message | None]] = []

    def visit(node: ast.AST, owner: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                found.extend(_message(child, owner))
            visit(child, owner)

    visit(tree, "")
    return found


def _message(call: ast.Call, owner: str) -> list[tuple[ast.Call, Message | None]]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    keywords = {k.arg: k.value for k in call.keywords}
    args: list[ast.expr | None] = [*call.args, None, None, None, None]
    if name == "translate" and isinstance(func, ast.Attribute):
        owner_name = func.value.attr if isinstance(func.value, ast.Attribute) else ""
        owner_name = func.value.id if isinstance(func.value, ast.Name) else owner_name
        if owner_name not in APPLICATIONS:  # QPainter.translate(dx, dy) and the like
            return []
    if name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(call.args) >= 2:
        context, source = _text(args[0]), _text(args[1])  # marked here, translated later
        comment_node, count = args[2], None
    elif name == "QT_TR_NOOP" and owner and call.args:
        context, source = owner, _text(args[0])
        comment_node, count = args[1], None
    elif name == "translate" and len(call.args) >= 2:
        context, source = _text(args[0]), _text(args[1])
        comment_node, count = args[2] or keywords.get("disambiguation"), args[3]
    elif name == "tr" and owner and call.args:
        context, source = owner, _text(args[0])
        comment_node, count = args[1] or keywords.get("disambiguation"), args[2]
    else:
        return []
    count = count or keywords.get("n")
    comment = "" if comment_node is None else _text(comment_node)
    if isinstance(comment_node, ast.Constant) and comment_node.value is None:
        comment = ""
    if context is None or source is None or comment is None:
        return [(call, None)]
    return [(call, (context, source, comment, _is_count(count)))]


_FIELD = re.compile(r"\{[^{}]*\}")
_WORDS = re.compile(r"[A-Za-z]{2}")


def domain_templates(tree: ast.AST) -> list[str]:
    """The literal templates of the ``Text("template", ...)`` calls of a planner module.

    A template of placeholders and punctuation only (``"{location}: {message}"``) has
    nothing to translate and is left out, as ``ui.i18n.domain`` leaves it.
    """
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        template = _text(node.args[0])
        if name == "Text" and template is not None and _WORDS.search(_FIELD.sub("", template)):
            found.append(template)
    return found


def source_messages() -> list[Message]:
    """Every message the sources of ui/ and the domain texts of planner/ ask for, sorted."""
    found: set[Message] = set()
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found.update(message for _, message in calls_in(tree) if message is not None)
    for path in _sources(DOMAIN):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found.update((DOMAIN_CONTEXT, text, "", False) for text in domain_templates(tree))
    return sorted(found)


def fields(text: str) -> list[str]:
    """The ``{name}`` fields of a message (conversion and format spec included), sorted.

    >>> fields("{key} must be {low:,} or more, not {value!r} ({{literal}})")
    ['{key}', '{low:,}', '{value!r}']
    """
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:  # a lone brace: not a template (a ui/ text filled by other means)
        return []
    found = []
    for _, name, spec, conversion in parsed:
        if name is not None:
            field = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            found.append("{" + field + "}")
    return sorted(found)


def placeholder_problems(code: str, folder: Path = FOLDER) -> list[str]:
    """Translations of a language that lose or add a ``{name}`` field of their source."""
    problems = []
    for message in messages(code, folder):
        texts = message["translation"]
        for text in texts if isinstance(texts, list) else [texts]:
            if text and fields(str(text)) != fields(str(message["source"])):
                problems.append(f"{code}: {message['source']!r} -> {text!r}")
    return problems


def _listing(messages: list[Message]) -> str:
    """The messages as plain calls that lupdate reads whole (plurals with a literal count)."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for context, source, comment, plural in messages:
        parts = [json.dumps(text, ensure_ascii=False) for text in (context, source, comment)]
        lines.append(f"QCoreApplication.translate({', '.join(parts)}{', 2' if plural else ''})")
    return "\n".join(lines) + "\n"


def extract(folder: Path = FOLDER) -> None:
    """Bring every language's .ts in ``folder`` up to date with the messages of ui/."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        listing = Path(temp) / "messages.py"
        listing.write_text(_listing(source_messages()), encoding="utf-8")
        for code in LANGUAGES:
            command = [
                _tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-sort-messages",
                "-source-language",
                "en_US",
                "-target-language",
                code,
            ]
            if code == SOURCE_LANGUAGE:
                command.append("-pluralonly")
            command += [str(listing), "-ts", str(ts_path(code, folder))]
            subprocess.run(command, cwd=temp, check=True, capture_output=True, timeout=300)


def release(folder: Path = FOLDER) -> None:
    """Compile each .ts of ``folder`` into its .qm (finished translations only)."""
    for code in LANGUAGES:
        source = ts_path(code, folder)
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                "-silent",
                "-nounfinished",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )


def stale() -> list[str]:
    """The committed files that ``update`` would change (none when all is up to date)."""
    with tempfile.TemporaryDirectory() as temp:
        copy = Path(temp)
        for code in LANGUAGES:
            if ts_path(code).is_file():
                shutil.copy(ts_path(code), ts_path(code, copy))
        extract(copy)
        release(copy)
        changed = []
        for code in LANGUAGES:
            committed = ts_path(code)
            # The .ts by its messages (another lupdate may lay the XML out differently).
            if not committed.is_file() or messages(code) != messages(code, copy):
                changed.append(str(committed.relative_to(ROOT)))
            qm, fresh = committed.with_suffix(".qm"), ts_path(code, copy).with_suffix(".qm")
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                changed.append(str(qm.relative_to(ROOT)))
        return changed


def messages(code: str, folder: Path = FOLDER) -> list[dict[str, object]]:
    """Every message of a language's .ts: context, source, comment, plural, translation, done."""
    found = []
    for context in ET.parse(ts_path(code, folder)).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            text: object = (
                [form.text or "" for form in translation.iter("numerusform")]
                if plural
                else translation.text or ""
            )
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source", ""),
                    "comment": message.findtext("comment", ""),
                    "plural": plural,
                    "translation": text,
                    "done": translation.get("type") not in ("unfinished", "vanished", "obsolete"),
                }
            )
    return found


def untranslated(code: str, folder: Path = FOLDER) -> list[dict[str, object]]:
    """A language's unfinished messages (an empty translation or form counts too)."""
    left = []
    for message in messages(code, folder):
        text = message["translation"]
        empty = any(not form for form in text) if isinstance(text, list) else not text
        if not message["done"] or (code != SOURCE_LANGUAGE and empty):
            left.append(message)
    return left


def fill(code: str, answers: list[dict[str, object]], folder: Path = FOLDER) -> tuple[int, int]:
    """Put translations into a language's .ts as finished.

    Each answer is one entry of ``untranslated --json`` (context, source, comment, plural,
    translation); entries without a translation, or whose message the .ts does not have
    (any more), are left out. Returns how many were filled and how many left out.
    """
    path = ts_path(code, folder)
    tree = ET.parse(path)
    wanted = {
        (str(a["context"]), str(a["source"]), str(a.get("comment", ""))): a["translation"]
        for a in answers
        if a.get("translation")
    }
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if key not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            text = wanted[key]
            if message.get("numerus") == "yes":
                forms = list(translation.iter("numerusform"))
                values = text if isinstance(text, list) else [text] * len(forms)
                if len(values) != len(forms):
                    raise SystemExit(
                        f"{name}: {key[1]!r} needs {len(forms)} plural forms, got {len(values)}"
                    )
                for form, value in zip(forms, values, strict=True):
                    form.text = str(value)
            else:
                translation.text = str(text)
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled, len(answers) - filled


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts as lupdate does (its next run normalises the layout anyway)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    """The command line (see the module's docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("update", help="extract the messages of ui/ and compile the catalogues")
    verbs.add_parser("check", help="exit 1 when a .ts or .qm is not what update would give")
    left = verbs.add_parser("untranslated", help="list the unfinished messages")
    left.add_argument("--json", metavar="LANG", choices=LANGUAGES, help="as JSON to fill in")
    filling = verbs.add_parser("fill", help="put the translations of a JSON file into a .ts")
    filling.add_argument("language", choices=LANGUAGES)
    filling.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.verb == "update":
        extract()
        release()
        for code in LANGUAGES:
            total = len(messages(code))
            print(f"{code}: {total} messages, {len(untranslated(code))} unfinished")
        return 0
    if args.verb == "check":
        changed = stale()
        for name in changed:
            print(f"{name} is out of date: run `make translations`", file=sys.stderr)
        broken = [problem for code in LANGUAGES for problem in placeholder_problems(code)]
        for problem in broken:
            print(f"a placeholder is lost or added: {problem}", file=sys.stderr)
        return 1 if changed or broken else 0
    if args.verb == "untranslated":
        if args.json:
            json.dump(untranslated(args.json), sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        count = 0
        for code in LANGUAGES:
            for message in untranslated(code):
                count += 1
                print(f"{code}\t{message['context']}\t{message['source']!r}")
        return 1 if count else 0
    answers = json.loads(args.file.read_text(encoding="utf-8"))
    filled, left_out = fill(args.language, answers)
    print(f"{filled} translations filled into {ts_path(args.language).name}")
    if left_out:
        print(f"{left_out} left out: no translation, or no such message in ui/", file=sys.stderr)
    extract()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
