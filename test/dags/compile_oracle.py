"""Judges Python files with CPython's own compile(): one path per line on stdin, one JSON line out.

{"ok": true} or {"ok": false, "line": n, "col": n, "message": "..."} (line/col 1-based, as
SyntaxError reports them). Run by the syntax sweep test and scripts/syntax-sweep.mjs, with the
interpreter whose grammar counts (3.12). One long-running process judges many files.
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")  # invalid escape sequences etc. are warnings, not errors

for raw in sys.stdin:
    path = raw.rstrip("\n")
    if not path:
        continue
    try:
        with open(path, "rb") as f:
            source = f.read()
        compile(source, path, "exec", dont_inherit=True)
        out = {"ok": True}
    except SyntaxError as e:  # includes IndentationError and TabError
        out = {"ok": False, "line": e.lineno, "col": e.offset, "message": f"{type(e).__name__}: {e.msg}"}
    except (ValueError, UnicodeDecodeError) as e:  # NUL bytes, undecodable source
        out = {"ok": False, "line": None, "col": None, "message": f"{type(e).__name__}: {e}"}
    except (RecursionError, MemoryError) as e:
        out = {"ok": False, "line": None, "col": None, "message": f"{type(e).__name__}: {e}"}
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
