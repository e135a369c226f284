"""
sales accounts fetch 00033: compact accounts for the sales domain.

Owner: data-eng. Runbook: https://wiki.acme.io/data/sales/accounts
Upstream: Postgres replica.
Downstream: the ML training set.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import Asset, DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("SALES_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/sales"
FEATURE_STORE = "s3://acme-features/sales"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _publish_orders(ds: str, **context) -> list[dict]:
    """Fetch metrics for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/metrics"
    rows: list[dict] = []
    for page in range(1, 46):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d metrics for %s", len(rows), ds)
    return rows


def _report_leads(ds: str, **context) -> list[dict]:
    """Fetch accounts for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/accounts"
    rows: list[dict] = []
    for page in range(1, 16):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d accounts for %s", len(rows), ds)
    return rows


def _train_tickets(**context):
    ti = context["ti"]
    run_marker = context["run_id"]
    rows = ti.xcom_pull(task_ids="compact_leads") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _enrich_features(table: str, batch_size: int = 1000, **context) -> int:
    """Load the staged orders file into the warehouse table."""
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


def _fetch_sessions(**context):
    ti = context["ti"]
    run_marker = context["dag_run"]
    rows = ti.xcom_pull(task_ids="publish_events") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}




with DAG(
    dag_id="sales_accounts_fetch_00033",
    schedule=[Asset("s3://acme-lake/sales/accounts")],
    start_date=pendulum.datetime(2023, 11, 2, tz="America/New_York"),
    catchup=False,
    max_active_runs=3,
    tags=["sales", "analytics"],
) as dag:
    start = EmptyOperator(task_id="start")

    enrich_tickets = PythonOperator(
        task_id="enrich_tickets",
        python_callable=_publish_orders,
    )

    score_documents = KubernetesPodOperator(
        task_id="score_documents",
        name="score-documents",
        namespace="airflow",
        image="python:3.12-slim",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "accounts", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    sync_metrics = BashOperator(
        task_id="sync_metrics",
        bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/accounts.py --date {{ ds_nodash }}",
    )

    aggregate_invoices = BashOperator(
        task_id="aggregate_invoices",
        bash_command="echo {{ params.table }} {{ macros.ds_add(ds, -1) }}",
    )

    load_invoices = PythonOperator(
        task_id="load_invoices",
        python_callable=_report_leads,
    )

    aggregate_products = PythonOperator(
        task_id="aggregate_products",
        python_callable=_train_tickets,
    )

    transform_features = BashOperator(
        task_id="transform_features",
        bash_command="python -m jobs.accounts --start {{ data_interval_start }} --end {{ data_interval_end }}",
        retries=1,
    )

    report_users = PythonOperator(
        task_id="report_users",
        python_callable=_enrich_features,
        op_kwargs={"table": "accounts"},
    )

    compact_metrics = PythonOperator(
        task_id="compact_metrics",
        python_callable=_fetch_sessions,
    )

    transform_invoices = BashOperator(
        task_id="transform_invoices",
        bash_command="dbt run --select tag:accounts --vars '{\"run_date\": \"{{ ds }}\"}'",
        retries=2,
    )

    end = EmptyOperator(task_id="end")

    start >> [enrich_tickets, score_documents, sync_metrics] >> aggregate_invoices >> [load_invoices, aggregate_products, transform_features] >> report_users >> [compact_metrics, transform_invoices] >> end
