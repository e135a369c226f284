"""
fraud products score 00007: sync products for the fraud domain.

Owner: ml-platform. Runbook: https://wiki.acme.io/data/fraud/products
Upstream: Kafka topic.
Downstream: Looker dashboards.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import timedelta

import pendulum

from airflow.sdk import DAG, TaskGroup
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("FRAUD_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/fraud"
FEATURE_STORE = "s3://acme-features/fraud"


def _score_sessions(ds: str, **context) -> list[dict]:
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


def _enrich_products(model_uri: str, threshold: float = 0.79, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/accounts/{context['ds']}.parquet")
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
    dag_id="fraud_products_score_00007",
    schedule="30 2 * * 1-5",
    start_date=pendulum.datetime(2024, 1, 7, tz="Europe/Amsterdam"),
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=1),
) as dag:
    start = EmptyOperator(task_id="start")

    with TaskGroup(group_id="sync_sessions_group", tooltip="products sync_sessions_group") as sync_sessions_group:
        validate_refunds = PythonOperator(
            task_id="validate_refunds",
            python_callable=_score_sessions,
        )
        enrich_sessions = KubernetesPodOperator(
            task_id="enrich_sessions",
            name="enrich-sessions",
            namespace="ml-jobs",
            image="python:3.12-slim",
            cmds=["python", "-m", "jobs.run"],
            arguments=["--entity", "products", "--date", "{{ ds }}"],
            env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
            get_logs=True,
            on_finish_action="delete_pod",
        )
        download_metrics = EmptyOperator(task_id="download_metrics")
        [validate_refunds, enrich_sessions] >> download_metrics

    with TaskGroup(group_id="dedupe_shipments_group", tooltip="products dedupe_shipments_group") as dedupe_shipments_group:
        score_invoices = PythonOperator(
            task_id="score_invoices",
            python_callable=_enrich_products,
            op_kwargs={"model_uri": "models:/products/production"},
        )

    end = EmptyOperator(task_id="end")

    start >> sync_sessions_group >> dedupe_shipments_group >> end
