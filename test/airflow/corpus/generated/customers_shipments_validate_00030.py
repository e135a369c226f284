"""
customers shipments validate 00030: score shipments for the customers domain.

Owner: growth. Runbook: https://wiki.acme.io/data/customers/shipments
Upstream: S3 landing zone.
Downstream: finance exports.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import DAG, chain
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("CUSTOMERS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/customers"
FEATURE_STORE = "s3://acme-features/customers"


def _notify_failure(context):
    """Post a short failure message; keeps working when the hook is not configured."""
    ti = context["ti"]
    message = f"{ti.dag_id}.{ti.task_id} failed (try {ti.try_number}) in {ENVIRONMENT}"
    log.error(message)


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _export_invoices(table: str, batch_size: int = 5000, **context) -> int:
    """Load the staged invoices file into the warehouse table."""
    import csv

    path = os.path.join(STAGING_DIR, f"{table}_{context['ds_nodash']}.csv")
    loaded = 0
    try:
        with open(path, newline="") as handle:
            reader = csv.DictReader(handle)
            batch = []
            for record in reader:
                batch.append(record)
                if len(batch) >= batch_size:
                    loaded += _flush(table, batch)
                    batch = []
            if batch:
                loaded += _flush(table, batch)
    except FileNotFoundError:
        log.error("Nothing staged at %s", path)
        raise
    return loaded


def _validate_documents(table: str, batch_size: int = 1000, **context) -> int:
    """Load the staged refunds file into the warehouse table."""
    import csv

    path = os.path.join(STAGING_DIR, f"{table}_{context['ds_nodash']}.csv")
    loaded = 0
    try:
        with open(path, newline="") as handle:
            reader = csv.DictReader(handle)
            batch = []
            for record in reader:
                batch.append(record)
                if len(batch) >= batch_size:
                    loaded += _flush(table, batch)
                    batch = []
            if batch:
                loaded += _flush(table, batch)
    except FileNotFoundError:
        log.error("Nothing staged at %s", path)
        raise
    return loaded


def _extract_orders(model_uri: str, threshold: float = 0.61, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/invoices/{context['ds']}.parquet")
    scores = np.clip(frame["raw_score"].to_numpy() * 1.07, 0.0, 1.0)
    flagged = int((scores > threshold).sum())
    summary = {
        "rows": len(frame),
        "flagged": flagged,
        "ratio": flagged / max(len(frame), 1),
        "model": model_uri,
    }
    log.info("Scoring summary: %s", json.dumps(summary))
    return summary


def _download_documents(**context):
    ti = context["ti"]
    run_marker = context["logical_date"]
    rows = ti.xcom_pull(task_ids="dedupe_orders") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}



default_args = {
    "owner": "bi-team",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=5),
    "email": ["ml-platform@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


with DAG(
    dag_id="customers_shipments_validate_00030",
    schedule="0 0 1 * *",
    start_date=pendulum.datetime(2025, 10, 10, tz="America/New_York"),
    catchup=True,
    default_args=default_args,
    max_active_runs=1,
) as dag:
    start = EmptyOperator(task_id="start")

    load_metrics = BashOperator(
        task_id="load_metrics",
        bash_command="curl -fsS -X POST https://hooks.acme.io/shipments?date={{ logical_date | ds }}",
    )

    export_sessions = BashOperator(
        task_id="export_sessions",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE shipments\"",
        env={"ENV": ENVIRONMENT, "TARGET": "shipments"},
    )

    snapshot_tickets = BashOperator(
        task_id="snapshot_tickets",
        bash_command="spark-submit --conf spark.app.name=shipments_{{ ts_nodash }} /opt/jobs/shipments.py",
    )

    sync_events = BashOperator(
        task_id="sync_events",
        bash_command="spark-submit --conf spark.app.name=shipments_{{ ts_nodash }} /opt/jobs/shipments.py",
        env={"ENV": ENVIRONMENT, "TARGET": "shipments"},
    )

    download_sessions = BashOperator(
        task_id="download_sessions",
        bash_command="dbt run --select tag:shipments --vars '{\"run_date\": \"{{ ds }}\"}'",
    )

    aggregate_customers = PythonOperator(
        task_id="aggregate_customers",
        python_callable=_export_invoices,
        op_kwargs={"table": "shipments"},
    )

    score_transactions = PythonOperator(
        task_id="score_transactions",
        python_callable=_validate_documents,
        op_kwargs={"table": "shipments"},
    )

    compact_events = KubernetesPodOperator(
        task_id="compact_events",
        name="compact-events",
        namespace="batch",
        image="registry.acme.io/spark-runner:3.5",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "shipments", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    sync_orders = EmptyOperator(task_id="sync_orders")

    report_shipments = KubernetesPodOperator(
        task_id="report_shipments",
        name="report-shipments",
        namespace="airflow",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "shipments", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    export_products = PythonOperator(
        task_id="export_products",
        python_callable=_extract_orders,
        op_kwargs={"model_uri": "models:/shipments/production"},
    )

    fetch_accounts = BashOperator(
        task_id="fetch_accounts",
        bash_command="echo {{ params.table }} {{ macros.ds_add(ds, -1) }}",
    )

    fetch_invoices = PythonOperator(
        task_id="fetch_invoices",
        python_callable=_download_documents,
        trigger_rule="none_failed",
    )

    end = EmptyOperator(task_id="end")

    chain([start, load_metrics], export_sessions, [snapshot_tickets, sync_events, download_sessions], aggregate_customers, [score_transactions, compact_events, sync_orders], report_shipments, [export_products, fetch_accounts], fetch_invoices, end)
