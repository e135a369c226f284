"""
logistics events dedupe 00024: transform events for the logistics domain.

Owner: analytics. Runbook: https://wiki.acme.io/data/logistics/events
Upstream: REST API.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import DAG
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("LOGISTICS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/logistics"
FEATURE_STORE = "s3://acme-features/logistics"


def _score_leads(ds: str, **context) -> list[dict]:
    """Fetch transactions for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/transactions"
    rows: list[dict] = []
    for page in range(1, 22):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d transactions for %s", len(rows), ds)
    return rows


def _clean_orders(ds: str, **context) -> list[dict]:
    """Fetch events for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/events"
    rows: list[dict] = []
    for page in range(1, 7):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d events for %s", len(rows), ds)
    return rows


def _train_transactions(**context):
    ti = context["ti"]
    run_marker = context["logical_date"]
    rows = ti.xcom_pull(task_ids="fetch_shipments") or []
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
    "owner": "data-eng",
    "depends_on_past": False,
    "retries": 1,
    "retry_delay": timedelta(minutes=10),
    "email": ["bi-team@acme.io"],
    "email_on_failure": False,
}


with DAG(
    dag_id="logistics_events_dedupe_00024",
    schedule="30 2 * * 1-5",
    start_date=pendulum.datetime(2024, 10, 22, tz="Europe/Amsterdam"),
    catchup=False,
    default_args=default_args,
    tags=["logistics", "data-eng"],
) as dag:
    start = EmptyOperator(task_id="start")

    extract_tickets = PythonOperator(
        task_id="extract_tickets",
        python_callable=_score_leads,
    )

    extract_transactions = BashOperator(
        task_id="extract_transactions",
        bash_command="python -m jobs.events --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    report_documents = KubernetesPodOperator(
        task_id="report_documents",
        name="report-documents",
        namespace="ml-jobs",
        image="ghcr.io/acme/etl:1.4.2",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "events", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    train_sessions = BashOperator(
        task_id="train_sessions",
        bash_command="curl -fsS -X POST https://hooks.acme.io/events?date={{ logical_date | ds }}",
        env={"ENV": ENVIRONMENT, "TARGET": "events"},
        retries=1,
    )

    clean_users = BashOperator(
        task_id="clean_users",
        bash_command="python -m jobs.events --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    transform_shipments = BashOperator(
        task_id="transform_shipments",
        bash_command="curl -fsS -X POST https://hooks.acme.io/events?date={{ logical_date | ds }}",
    )

    download_leads = KubernetesPodOperator(
        task_id="download_leads",
        name="download-leads",
        namespace="ml-jobs",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "events", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    transform_leads = PythonOperator(
        task_id="transform_leads",
        python_callable=_clean_orders,
    )

    load_features = BashOperator(
        task_id="load_features",
        bash_command="echo {{ params.table }} {{ macros.ds_add(ds, -1) }}",
        env={"ENV": ENVIRONMENT, "TARGET": "events"},
    )

    compact_features = KubernetesPodOperator(
        task_id="compact_features",
        name="compact-features",
        namespace="batch",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "events", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        get_logs=True,
        on_finish_action="delete_pod",
    )

    clean_documents = PythonOperator(
        task_id="clean_documents",
        python_callable=_train_transactions,
    )

    end = EmptyOperator(task_id="end")

    [start, extract_tickets, extract_transactions] >> report_documents
    report_documents >> [train_sessions, clean_users]
    [train_sessions, clean_users] >> transform_shipments
    transform_shipments >> download_leads
    download_leads >> [transform_leads, load_features, compact_features]
    [transform_leads, load_features, compact_features] >> clean_documents
    clean_documents >> end
