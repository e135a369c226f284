"""
finance shipments dedupe 00023: sync shipments for the finance domain.

Owner: growth. Runbook: https://wiki.acme.io/data/finance/shipments
Upstream: REST API.
Downstream: the ML training set.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum
import pandas as pd

from airflow.sdk import DAG, TaskGroup, chain
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("FINANCE_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/finance"
FEATURE_STORE = "s3://acme-features/finance"


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


def _score_documents(table: str, batch_size: int = 500, **context) -> int:
    """Load the staged leads file into the warehouse table."""
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


def _compact_sessions(ds: str, **context) -> list[dict]:
    """Fetch events for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/events"
    rows: list[dict] = []
    for page in range(1, 23):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d events for %s", len(rows), ds)
    return rows


def _aggregate_transactions(**context):
    ti = context["ti"]
    run_marker = context["data_interval_start"]
    rows = ti.xcom_pull(task_ids="publish_invoices") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _report_leads(model_uri: str, threshold: float = 0.68, **context) -> dict:
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



default_args = {
    "owner": "finops",
    "depends_on_past": False,
    "retries": 2,
    "retry_delay": timedelta(minutes=15),
    "email": ["ml-platform@acme.io"],
    "email_on_failure": True,
    "on_failure_callback": _notify_failure,
}


with DAG(
    dag_id="finance_shipments_dedupe_00023",
    schedule="15 */4 * * *",
    start_date=pendulum.datetime(2025, 12, 22, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    tags=["finance", "finops"],
    doc_md=__doc__,
    dagrun_timeout=timedelta(hours=1),
) as dag:
    start = EmptyOperator(task_id="start")

    with TaskGroup(group_id="export_transactions_group", tooltip="shipments export_transactions_group") as export_transactions_group:
        fetch_transactions = BashOperator(
            task_id="fetch_transactions",
            bash_command="curl -fsS -X POST https://hooks.acme.io/shipments?date={{ logical_date | ds }}",
            env={"ENV": ENVIRONMENT, "TARGET": "shipments"},
        )
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
        validate_features = PythonOperator(
            task_id="validate_features",
            python_callable=_score_documents,
            op_kwargs={"table": "shipments"},
            trigger_rule="one_success",
        )
        report_accounts = PythonOperator(
            task_id="report_accounts",
            python_callable=_compact_sessions,
        )
        [fetch_transactions, report_shipments] >> validate_features >> report_accounts

    with TaskGroup(group_id="export_metrics_group", tooltip="shipments export_metrics_group") as export_metrics_group:
        compact_sessions = BashOperator(
            task_id="compact_sessions",
            bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/shipments/{{ ds }}/ /tmp/shipments/",
            retries=3,
        )
        report_transactions = PythonOperator(
            task_id="report_transactions",
            python_callable=_aggregate_transactions,
        )
        enrich_sessions = EmptyOperator(task_id="enrich_sessions")
        snapshot_events = KubernetesPodOperator(
            task_id="snapshot_events",
            name="snapshot-events",
            namespace="batch",
            image="ghcr.io/acme/etl:1.4.2",
            cmds=["python", "-m", "jobs.run"],
            arguments=["--entity", "shipments", "--date", "{{ ds }}"],
            env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
            get_logs=True,
            on_finish_action="delete_pod",
        )
        compact_sessions >> report_transactions
        report_transactions >> enrich_sessions
        enrich_sessions >> snapshot_events

    with TaskGroup(group_id="validate_metrics_group", tooltip="shipments validate_metrics_group") as validate_metrics_group:
        report_sessions = BashOperator(
            task_id="report_sessions",
            bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/shipments.py --date {{ ds_nodash }}",
            retries=3,
        )
        validate_metrics = BashOperator(
            task_id="validate_metrics",
            bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/shipments/{{ ds }}/ /tmp/shipments/",
        )
        download_events = BashOperator(
            task_id="download_events",
            bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/shipments/{{ ds }}/ /tmp/shipments/",
            retries=3,
        )
        chain([report_sessions, validate_metrics], download_events)

    with TaskGroup(group_id="validate_products_group", tooltip="shipments validate_products_group") as validate_products_group:
        aggregate_transactions = BashOperator(
            task_id="aggregate_transactions",
            bash_command="dbt run --select tag:shipments --vars '{\"run_date\": \"{{ ds }}\"}'",
            env={"ENV": ENVIRONMENT, "TARGET": "shipments"},
        )
        report_shipments_2 = PythonOperator(
            task_id="report_shipments_2",
            python_callable=_report_leads,
            op_kwargs={"model_uri": "models:/shipments/production"},
        )

    end = EmptyOperator(task_id="end")

    start >> export_transactions_group >> export_metrics_group >> validate_metrics_group >> validate_products_group >> end
