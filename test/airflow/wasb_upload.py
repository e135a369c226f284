"""Upload one task log through Airflow's own WASB remote logging and say where it went.

    python wasb_upload.py DAG_ID TASK_ID RUN_ID TRY_NUMBER MAP_INDEX LOGICAL_DATE

Runs inside a harness venv. The logging settings come from the environment exactly as the chart
sets them (AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER, ..._REMOTE_LOG_CONN_ID,
AIRFLOW__AZURE_REMOTE_LOGGING__REMOTE_WASB_LOG_CONTAINER, AIRFLOW_CONN_<ID>). Nothing is built by
hand: the handler is whatever Airflow's airflow_local_settings builds from that configuration, the
relative path is rendered by the code Airflow itself renders it with, and the upload is the call a
worker makes when a task finishes.

  Airflow 3: the executor renders log_path with log_filename_template_renderer(); the supervisor
             calls airflow.sdk.log.upload_to_remote(logger, ti), which hands the file's path
             relative to base_log_folder to the REMOTE_TASK_LOG that airflow_local_settings made.
  Airflow 2: the "task" handler of DEFAULT_LOGGING_CONFIG (WasbTaskHandler) renders the path in
             set_context() (FileTaskHandler._render_filename, which reads the log_template table)
             and uploads it in close().

stdout carries one JSON document; everything Airflow prints goes to stderr.
"""
from __future__ import annotations

import datetime
import json
import os
import sys
import types

LOG_TEXT = "airflow-gitops wasb parity: {run_id}\nline two of the task log\n"


def _parse_date(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).astimezone(datetime.timezone.utc)


def _write_local(base: str, relative: str, text: str) -> str:
    path = os.path.join(base, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as handle:
        handle.write(text)
    return path


def upload_airflow3(dag_id, task_id, run_id, try_number, map_index, logical_date) -> dict:
    from airflow.configuration import conf
    from airflow.sdk.log import load_remote_log_handler, upload_to_remote
    from airflow.utils.helpers import log_filename_template_renderer

    # The executor's ExecuteTask.make renders the path from the task instance row alone.
    ti = types.SimpleNamespace(
        dag_id=dag_id, task_id=task_id, run_id=run_id, try_number=try_number, map_index=map_index,
        logical_date=logical_date,
    )
    relative = log_filename_template_renderer()(ti=ti)
    base = conf.get("logging", "base_log_folder")
    text = LOG_TEXT.format(run_id=run_id)
    local = _write_local(base, relative, text)

    handler = load_remote_log_handler()
    if handler is None:
        raise SystemExit("airflow_local_settings built no remote log handler: is remote_logging on?")
    # upload_to_remote reads the file name from the structlog logger's file, as in the supervisor.
    with open(local, "a") as log_file:
        logger = types.SimpleNamespace(_logger=types.SimpleNamespace(_file=log_file))
        upload_to_remote(logger, ti)
    return {
        "handler_class": f"{type(handler).__module__}.{type(handler).__name__}",
        "remote_base": handler.remote_base,
        "container": handler.wasb_container,
        "relative_path": relative,
        "uploaded_text": text,
        "local_file_kept": os.path.exists(local),
    }


def upload_airflow2(dag_id, task_id, run_id, try_number, map_index, logical_date) -> dict:
    import logging

    from airflow.config_templates.airflow_local_settings import DEFAULT_LOGGING_CONFIG
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.tasklog import LogTemplate
    from airflow.operators.empty import EmptyOperator
    from airflow.models.dag import DAG
    from airflow.settings import engine
    from airflow.utils.db import synchronize_log_template
    from airflow.utils.module_loading import import_string
    from airflow.utils.session import create_session
    from airflow.utils.state import TaskInstanceState

    # The log_template table is all _render_filename reads; fill it the way `airflow db migrate` does.
    LogTemplate.metadata.create_all(engine, tables=[LogTemplate.__table__])
    synchronize_log_template()
    with create_session() as session:
        template_id = session.query(LogTemplate.id).order_by(LogTemplate.id.desc()).limit(1).scalar()

    config = dict(DEFAULT_LOGGING_CONFIG["handlers"]["task"])
    handler_class = import_string(config.pop("class"))
    config.pop("formatter", None)
    config.pop("filters", None)
    handler = handler_class(**config)
    handler.setFormatter(logging.Formatter("%(message)s"))

    dag = DAG(dag_id, schedule=None, start_date=logical_date)
    task = EmptyOperator(task_id=task_id, dag=dag)
    dag_run = DagRun(dag_id=dag_id, run_id=run_id, execution_date=logical_date, run_type="manual")
    dag_run.log_template_id = template_id
    ti = TaskInstance(task, run_id=run_id, map_index=map_index)
    ti.dag_run = dag_run
    # A running task instance: 2.x reports try_number + 1 for one that is not running.
    ti.state = TaskInstanceState.RUNNING
    ti.try_number = try_number
    # A task without its operator renders with the {ti, ts, try_number} context, no DB reads.
    ti.task = None
    ti.raw = False  # the supervising process (not `--raw`) is the one that uploads

    handler.set_context(ti)
    relative = handler.log_relative_path
    text = LOG_TEXT.format(run_id=run_id)
    handler.emit(logging.LogRecord("airflow.task", logging.INFO, __file__, 0, text.rstrip("\n"), None, None))
    local = os.path.join(handler.local_base, relative)
    handler.close()
    uploaded = None
    if os.path.exists(local):
        with open(local) as written:
            uploaded = written.read()
    return {
        "handler_class": f"{handler_class.__module__}.{handler_class.__name__}",
        "remote_base": handler.io.remote_base,
        "container": handler.io.wasb_container,
        "relative_path": relative,
        "uploaded_text": uploaded,
        "local_file_kept": os.path.exists(local),
    }


def main(argv: list[str]) -> int:
    dag_id, task_id, run_id, try_number, map_index, logical_date = argv
    import airflow

    args = (dag_id, task_id, run_id, int(try_number), int(map_index), _parse_date(logical_date))
    major = int(airflow.__version__.split(".")[0])
    result = upload_airflow3(*args) if major >= 3 else upload_airflow2(*args)
    result["airflow_version"] = airflow.__version__
    _RESULT_OUT.write(json.dumps(result, sort_keys=True) + "\n")
    _RESULT_OUT.flush()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.stderr.write(__doc__)
        sys.exit(2)
    _RESULT_OUT = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    sys.exit(main(sys.argv[1:]))
