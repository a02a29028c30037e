"""dataclasses imported with stand-ins for inspect and copy: the real modules load on first use."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap

import pytest

from planner import deferred_imports


def _run(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=False,
        env={"OVERLAP_PLANNER_CACHE_DIR": "", "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_importing_planner_loads_neither_inspect_nor_its_parsers_nor_copy():
    lines = _run(
        """
        import sys
        before = set(sys.modules)  # Python 3.13 itself imports linecache for -c
        import planner.plan.model, dataclasses
        loaded = set(sys.modules) - before
        print(sorted({"inspect", "ast", "dis", "tokenize", "linecache", "copy"} & loaded))
        print(type(dataclasses.inspect).__name__, type(dataclasses.copy).__name__)
        """
    )
    assert lines == ["[]", "DeferredModule DeferredModule"]


def test_asdict_deep_copies_with_the_real_copy():
    lines = _run(
        """
        import sys
        import planner, dataclasses

        @dataclasses.dataclass
        class Team:
            \"\"\"A team.\"\"\"
            names: set

        names = {"a"}  # a set: asdict deep-copies it on every Python (3.12 keeps a str as is)
        copied = dataclasses.asdict(Team(names))["names"]
        print(copied == names, copied is not names, "copy" in sys.modules)
        """
    )
    assert lines == ["True True True"]


def test_a_class_without_docstring_gets_the_signature_from_the_real_inspect():
    # The one use of inspect in Python 3.11's dataclasses: the stand-in loads the real module.
    lines = _run(
        """
        import sys
        import planner, dataclasses

        @dataclasses.dataclass(frozen=True)
        class Shift:
            start: int
            end: int = 0

        print(Shift.__doc__)
        print("inspect" in sys.modules, dataclasses.inspect.signature is sys.modules["inspect"].signature)
        """
    )
    assert lines == ["Shift(start: int, end: int = 0)", "True True"]


def test_another_import_of_inspect_gets_the_real_module():
    lines = _run(
        """
        import sys
        import planner, dataclasses
        import inspect
        from inspect import signature
        print(type(inspect).__name__, inspect is sys.modules["inspect"], inspect.__file__ is not None)
        print(signature(lambda a, b=1: a))
        print(type(dataclasses.inspect).__name__, "getsource" in vars(dataclasses.inspect))
        """
    )
    assert lines == ["module True True", "(a, b=1)", "DeferredModule False"]


def test_a_hook_that_reads_inspect_while_dataclasses_is_imported_gets_the_real_module():
    # PySide6's import hook reads the importing module's source with inspect on every
    # import: inside dataclasses' own imports, the stand-in makes way for the real module.
    lines = _run(
        """
        import builtins, sys
        real_import = builtins.__import__
        seen = []

        def hook(name, *args, **kwargs):
            found = sys.modules.get("inspect")
            if type(found).__name__ == "DeferredModule":  # the stand-in, seen once
                seen.append(found.unwrap(len) is len)
            return real_import(name, *args, **kwargs)

        builtins.__import__ = hook
        import planner, dataclasses
        builtins.__import__ = real_import
        print(seen, type(sys.modules["inspect"]).__name__)
        print(dataclasses.inspect.signature(lambda a: a))
        """
    )
    assert lines == ["[True] module", "(a)"]


def test_nothing_is_deferred_when_inspect_is_already_loaded():
    # This test process has inspect (pytest uses it): the call changes nothing.
    before = sys.modules["inspect"]
    deferred_imports.import_dataclasses()
    assert sys.modules["inspect"] is before is inspect


def test_the_stand_in_reads_through_to_the_real_module():
    stand_in = deferred_imports.DeferredModule("inspect")
    assert stand_in.isclass(int) is True
    assert stand_in.signature is inspect.signature
    assert stand_in.__file__ == inspect.__file__


class _Plain:
    pass


class _Annotated:
    start: int
    end: int
    note: str = ""


class _Inherits(_Annotated):
    pass


class _Odd:
    __annotations__ = ["not", "a", "dict"]


def _planner_classes() -> list[type]:
    import importlib
    import pkgutil

    import planner

    found: list[type] = []
    for module in pkgutil.walk_packages(planner.__path__, "planner."):
        loaded = importlib.import_module(module.name)
        found += [v for v in vars(loaded).values() if isinstance(v, type)]
    return found


def test_the_stand_ins_annotations_are_inspects_for_every_class():
    classes = [_Plain, _Annotated, _Inherits, int, type, *_planner_classes()]
    assert len(classes) > 100
    for cls in classes:
        answer = deferred_imports.class_annotations(cls)
        assert answer == inspect.get_annotations(cls), cls
        assert answer is not deferred_imports.class_annotations(cls)  # a new dict each time
    with pytest.raises(ValueError, match="neither a dict nor None"):
        deferred_imports.class_annotations(_Odd)
    with pytest.raises(ValueError, match="neither a dict nor None"):
        inspect.get_annotations(_Odd)


def test_the_stand_in_passes_any_other_call_to_inspect():
    def shift(start: int, end: int = 0) -> None: ...

    assert deferred_imports.class_annotations(shift) == inspect.get_annotations(shift)
    evaluated = deferred_imports.class_annotations(_Annotated, eval_str=True)
    assert evaluated == {"start": int, "end": int, "note": str}
    with pytest.raises(TypeError):
        deferred_imports.class_annotations(42)
