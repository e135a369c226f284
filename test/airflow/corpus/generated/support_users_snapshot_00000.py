"""
support users snapshot 00000: dedupe users for the support domain.

Owner: growth. Runbook: https://wiki.acme.io/data/support/users
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

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "prod")
BASE_URL = os.environ.get("SUPPORT_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/support"
FEATURE_STORE = "s3://acme-features/support"


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _aggregate_sessions(ds: str, **context) -> list[dict]:
    """Fetch refunds for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/refunds"
    rows: list[dict] = []
    for page in range(1, 37):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d refunds for %s", len(rows), ds)
    return rows


def _compact_invoices(table: str, batch_size: int = 500, **context) -> int:
    """Load the staged tickets file into the warehouse table."""
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


def _aggregate_leads(ds: str, **context) -> list[dict]:
    """Fetch sessions for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/sessions"
    rows: list[dict] = []
    for page in range(1, 6):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d sessions for %s", len(rows), ds)
    return rows


def _dedupe_sessions(model_uri: str, threshold: float = 0.57, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/users/{context['ds']}.parquet")
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


def _publish_sessions(table: str, batch_size: int = 500, **context) -> int:
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




with DAG(
    dag_id="support_users_snapshot_00000",
    schedule="@daily",
    start_date=pendulum.datetime(2024, 6, 1, tz="America/New_York"),
    catchup=False,
    tags=["support", "finops"],
    params={"table": "users", "full_refresh": False},
) as dag:
    start = EmptyOperator(task_id="start")

    download_features = PythonOperator(
        task_id="download_features",
        python_callable=_aggregate_sessions,
    )

    load_users = BashOperator(
        task_id="load_users",
        bash_command="curl -fsS -X POST https://hooks.acme.io/users?date={{ logical_date | ds }}",
    )

    validate_users = PythonOperator(
        task_id="validate_users",
        python_callable=_compact_invoices,
        op_kwargs={"table": "users"},
    )

    train_tickets = PythonOperator(
        task_id="train_tickets",
        python_callable=_aggregate_leads,
        trigger_rule="one_success",
    )

    extract_events = EmptyOperator(task_id="extract_events")

    train_tickets_2 = BashOperator(
        task_id="train_tickets_2",
        bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/users/{{ ds }}/ /tmp/users/",
    )

    snapshot_sessions = PythonOperator(
        task_id="snapshot_sessions",
        python_callable=_dedupe_sessions,
        op_kwargs={"model_uri": "models:/users/production"},
    )

    fetch_customers = PythonOperator(
        task_id="fetch_customers",
        python_callable=_publish_sessions,
        op_kwargs={"table": "users"},
    )

    end = EmptyOperator(task_id="end")

    chain([start, download_features, load_users], validate_users, [train_tickets, extract_events], train_tickets_2, [snapshot_sessions, fetch_customers], end)
