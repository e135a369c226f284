"""Import DAG files with Airflow's real DagBag and print what it saw as JSON.

    python dagbag.py FILE [FILE ...]

Runs inside one of the harness venvs (Airflow 2.9 or 3.x). Each file gets its
own DagBag so import errors stay attributed to the file that raised them.
stdout carries only the JSON document: everything Airflow or a DAG file prints
while importing is sent to stderr.
"""
from __future__ import annotations

import datetime
import inspect
import json
import os
import sys


def _load_dagbag_class():
    # 3.2+ moved the parsing DagBag to airflow.dag_processing.dagbag; airflow.models.dagbag
    # there holds the database-backed bag instead. 2.x and 3.0/3.1 keep it in airflow.models.dagbag.
    try:
        from airflow.dag_processing.dagbag import DagBag
    except ImportError:
        from airflow.models.dagbag import DagBag
    return DagBag


_MISSING = object()


def _schedule(dag) -> object:
    """The schedule as the author wrote it, in a JSON-friendly form."""
    value = getattr(dag, "schedule", _MISSING)  # 3.x
    if value is _MISSING:
        value = getattr(dag, "schedule_interval", None)  # 2.x
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime.timedelta):
        return {"timedelta_seconds": value.total_seconds()}
    return {"repr": repr(value), "type": type(value).__name__}


def _timetable(dag) -> dict | None:
    timetable = getattr(dag, "timetable", None)
    if timetable is None:
        return None
    # 3.3+ SDK timetables have no summary; their cron sits in `expression`.
    summary = getattr(timetable, "summary", None) or getattr(timetable, "expression", None)
    return {"type": type(timetable).__name__, "summary": summary}


def _describe_dag(dag) -> dict:
    tasks = sorted(dag.tasks, key=lambda t: t.task_id)
    edges = [[t.task_id, downstream] for t in tasks for downstream in sorted(t.downstream_task_ids)]
    return {
        "dag_id": dag.dag_id,
        "fileloc": getattr(dag, "fileloc", None),
        "task_ids": [t.task_id for t in tasks],
        "edges": edges,
        "schedule": _schedule(dag),
        "timetable": _timetable(dag),
        "tags": sorted(str(tag) for tag in (getattr(dag, "tags", None) or [])),
    }


def _dagbag_kwargs(dagbag_class, path: str) -> dict:
    wanted = {"dag_folder": path, "include_examples": False, "safe_mode": False}
    accepted = inspect.signature(dagbag_class.__init__).parameters
    # 3.2+ dropped include_examples (examples come from a bundle there, off via load_examples).
    return {key: value for key, value in wanted.items() if key in accepted}


def main(paths: list[str]) -> int:
    import airflow

    dagbag_class = _load_dagbag_class()
    files = []
    for raw_path in paths:
        path = os.path.abspath(raw_path)
        entry: dict = {"file": raw_path, "path": path}
        if not os.path.isfile(path):
            # DagBag silently ignores a missing path; say so instead of reporting "no errors".
            entry.update(import_errors=[], warnings=[], dags=[], dagbag_error=f"FileNotFoundError: {path}")
            files.append(entry)
            continue
        try:
            bag = dagbag_class(**_dagbag_kwargs(dagbag_class, path))
            entry["import_errors"] = [str(message) for message in bag.import_errors.values()]
            warnings = getattr(bag, "captured_warnings", {}) or {}
            entry["warnings"] = [str(w) for messages in warnings.values() for w in messages]
            entry["dags"] = [_describe_dag(dag) for _, dag in sorted(bag.dags.items())]
        except Exception as error:  # the bag itself failed, not the DAG file
            entry["import_errors"] = []
            entry["warnings"] = []
            entry["dags"] = []
            entry["dagbag_error"] = f"{type(error).__name__}: {error}"
        files.append(entry)
    document = {
        "airflow_version": airflow.__version__,
        "dagbag_class": f"{dagbag_class.__module__}.{dagbag_class.__name__}",
        "files": files,
    }
    _RESULT_OUT.write(json.dumps(document, sort_keys=True) + "\n")
    _RESULT_OUT.flush()
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.stderr.write("usage: dagbag.py FILE [FILE ...]\n")
        sys.exit(2)
    # Keep a private handle on the real stdout, then point fd 1 at stderr so log
    # handlers and print() inside DAG files cannot corrupt the JSON.
    _RESULT_OUT = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    sys.exit(main(sys.argv[1:]))
