"""Run dagbag.py with stand-ins for modules the venv does not have.

    python dagbag_stubbed.py FILE [FILE ...]

Real user DAG files import their own helper packages and third-party libraries (pandas, their
company's `lib`, a provider the venv lacks). DagBag stops at the first missing one, which hides
whatever Airflow itself would say about the rest of the file. Here a module that no finder can
import becomes a stand-in whose every attribute is a harmless callable, so the import runs on to
Airflow's own verdict. Only imports written in the DAG files themselves are stubbed. `airflow` and `airflow.*` outside uninstalled providers are never stubbed:
a removed Airflow module must still fail. Variable.get of a Variable the venv does not have
answers a placeholder, for the same reason. Every module stubbed during the run is printed on
stderr at the end (AIRFLOW_GITOPS_STUBBED [...]), for the record.
"""
from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import runpy
import sys
import types

STUBBED: set[str] = set()


class _StubBase:
    """What a class statement gets when it subclasses a stand-in."""

    def __init__(self, *args, **kwargs):
        pass

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Stub()


class _Stub:
    def __init__(self, *args, **kwargs):
        pass

    def __call__(self, *args, **kwargs):
        # Used as a bare decorator: hand the function back so its name and body stay real.
        if len(args) == 1 and not kwargs and callable(args[0]) and not isinstance(args[0], _Stub):
            return args[0]
        return _Stub()

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Stub()

    def __mro_entries__(self, bases):
        return (_StubBase,)

    def __iter__(self):
        return iter(())

    def __getitem__(self, key):
        return _Stub()

    def __rshift__(self, other):
        return other

    def __rrshift__(self, other):
        return self

    def __lshift__(self, other):
        return other

    def __rlshift__(self, other):
        return self

    # Arithmetic and merges (`{...} | settings`, `base + stub`) keep the real side where there is one.
    def __or__(self, other):
        return other

    def __ror__(self, other):
        return other

    __and__ = __add__ = __sub__ = __mul__ = __truediv__ = __floordiv__ = __mod__ = __or__
    __rand__ = __radd__ = __rsub__ = __rmul__ = __rtruediv__ = __rfloordiv__ = __rmod__ = __ror__

    def __str__(self):
        return "stub"

    def __fspath__(self):
        return "/nonexistent-stub"

    def __int__(self):
        return 0

    def __len__(self):
        return 0

    def __bool__(self):
        return True


class _StubModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _Stub()


def _provider_installed(name: str) -> bool:
    parts = name.split(".")
    for spec_path in sys.path:
        for n in range(3, len(parts) + 1):
            if os.path.exists(os.path.join(spec_path, *parts[:n], "get_provider_info.py")):
                return True
    return False


class _StubLoader(importlib.abc.Loader):
    def create_module(self, spec):
        module = _StubModule(spec.name)
        module.__path__ = []  # a package, so its submodules come here too
        return module

    def exec_module(self, module):
        STUBBED.add(module.__name__)


DAG_FILES = {os.path.abspath(p) for p in sys.argv[1:]}


def _imported_by_dag_file() -> bool:
    """Is the import statement being run written in one of the DAG files (not in Airflow's own
    optional imports, which must keep seeing ImportError)?"""
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if not filename.startswith("<frozen importlib") and filename != __file__:
            return os.path.abspath(filename) in DAG_FILES
        frame = frame.f_back
    return False


class _StubFinder(importlib.abc.MetaPathFinder):
    """Last on sys.meta_path: consulted only when every real finder has given up."""

    def find_spec(self, name, path=None, target=None):
        if not _imported_by_dag_file():
            return None
        if name == "airflow" or name.startswith("airflow."):
            if not name.startswith("airflow.providers.") or _provider_installed(name):
                return None
        return importlib.machinery.ModuleSpec(name, _StubLoader(), is_package=True)


def _placeholder_variables() -> None:
    """A Variable the deployment sets in its database is not in the file either: Variable.get
    without a default answers a placeholder (a stand-in for JSON) instead of raising at import."""
    import importlib

    classes = []
    for module_name in ("airflow.models.variable", "airflow.sdk.definitions.variable", "airflow.sdk"):
        try:
            cls = getattr(importlib.import_module(module_name), "Variable", None)
        except Exception:
            continue
        if cls is not None and cls not in classes:
            classes.append(cls)
    for cls in classes:
        original = cls.get

        def get(*args, _original=original, **kwargs):
            try:
                return _original(*args, **kwargs)
            except Exception as error:
                if "not" not in str(error) and "exist" not in str(error):
                    raise
                return _Stub() if kwargs.get("deserialize_json") else "placeholder"

        cls.get = staticmethod(get)


if __name__ == "__main__":
    _placeholder_variables()
    sys.meta_path.append(_StubFinder())
    here = os.path.dirname(os.path.abspath(__file__))
    # dagbag.py writes one JSON document on its private stdout; the stand-ins used go to stderr.
    try:
        runpy.run_path(os.path.join(here, "dagbag.py"), run_name="__main__")
    except SystemExit as done:
        sys.stderr.write("\nAIRFLOW_GITOPS_STUBBED " + json.dumps(sorted(STUBBED)) + "\n")
        raise done
