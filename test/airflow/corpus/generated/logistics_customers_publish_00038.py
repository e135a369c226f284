"""
logistics customers publish 00038: train customers for the logistics domain.

Owner: bi-team. Runbook: https://wiki.acme.io/data/logistics/customers
Upstream: S3 landing zone.
Downstream: the ML training set.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum
from kubernetes.client import models as k8s

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


def _enrich_documents(ds: str, **context) -> list[dict]:
    """Fetch transactions for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/transactions"
    rows: list[dict] = []
    for page in range(1, 41):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d transactions for %s", len(rows), ds)
    return rows


def _score_refunds(**context):
    ti = context["ti"]
    run_marker = context["data_interval_start"]
    rows = ti.xcom_pull(task_ids="train_invoices") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _validate_orders(ds: str, **context) -> list[dict]:
    """Fetch invoices for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/invoices"
    rows: list[dict] = []
    for page in range(1, 24):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d invoices for %s", len(rows), ds)
    return rows


def _enrich_accounts(model_uri: str, threshold: float = 0.50, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/features/{context['ds']}.parquet")
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




with DAG(
    dag_id="logistics_customers_publish_00038",
    schedule="*/15 * * * *",
    start_date=pendulum.datetime(2024, 5, 25, tz="Europe/Amsterdam"),
    catchup=False,
    max_active_runs=2,
    tags=["logistics", "bi-team"],
    doc_md=__doc__,
    dagrun_timeout=timedelta(hours=1),
) as dag:
    start = EmptyOperator(task_id="start")

    score_events = KubernetesPodOperator(
        task_id="score_events",
        name="score-events",
        namespace="airflow",
        image="bitnami/kubectl:1.31",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "customers", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "250m", "memory": "8Gi"},
            limits={"cpu": "4", "memory": "7Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    fetch_transactions = BashOperator(
        task_id="fetch_transactions",
        bash_command="dbt run --select tag:customers --vars '{\"run_date\": \"{{ ds }}\"}'",
    )

    aggregate_sessions = KubernetesPodOperator(
        task_id="aggregate_sessions",
        name="aggregate-sessions",
        namespace="airflow",
        image="ghcr.io/acme/trainer:2025.06",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "customers", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "7Gi"},
            limits={"cpu": "3", "memory": "8Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    clean_sessions = PythonOperator(
        task_id="clean_sessions",
        python_callable=_enrich_documents,
    )

    clean_leads = BashOperator(
        task_id="clean_leads",
        bash_command="dbt run --select tag:customers --vars '{\"run_date\": \"{{ ds }}\"}'",
        env={"ENV": ENVIRONMENT, "TARGET": "customers"},
        retries=4,
    )

    score_invoices = BashOperator(
        task_id="score_invoices",
        bash_command="python -m jobs.customers --start {{ data_interval_start }} --end {{ data_interval_end }}",
        env={"ENV": ENVIRONMENT, "TARGET": "customers"},
        retries=2,
    )

    download_refunds = PythonOperator(
        task_id="download_refunds",
        python_callable=_score_refunds,
        trigger_rule="one_success",
    )

    publish_users = KubernetesPodOperator(
        task_id="publish_users",
        name="publish-users",
        namespace="ml-jobs",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "customers", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "4Gi"},
            limits={"cpu": "2", "memory": "4Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    snapshot_customers = PythonOperator(
        task_id="snapshot_customers",
        python_callable=_validate_orders,
    )

    fetch_orders = PythonOperator(
        task_id="fetch_orders",
        python_callable=_enrich_accounts,
        op_kwargs={"model_uri": "models:/customers/production"},
    )

    end = EmptyOperator(task_id="end")

    aggregate_sessions << [start, score_events, fetch_transactions]
    aggregate_sessions >> clean_sessions
    clean_sessions >> [clean_leads, score_invoices, download_refunds]
    [clean_leads, score_invoices, download_refunds] >> publish_users
    publish_users >> [snapshot_customers, fetch_orders, end]
