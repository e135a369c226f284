"""
embeddings features score 00004: export features for the embeddings domain.

Owner: finops. Runbook: https://wiki.acme.io/data/embeddings/features
Upstream: Kafka topic.
Downstream: feature store.
"""

from __future__ import annotations

import json
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

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("EMBEDDINGS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/embeddings"
FEATURE_STORE = "s3://acme-features/embeddings"


def _dedupe_metrics(model_uri: str, threshold: float = 0.81, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/tickets/{context['ds']}.parquet")
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


class TrainTicketsReport:
    """Builds the users report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "users report"

    def summary(self):
        by_status = {}
        for row in self.rows:
            by_status.setdefault(row.get("status", "n/a"), []).append(row)
        return {status: len(items) for status, items in sorted(by_status.items())}

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title)]
        lines += [f"{status}: {count}" for status, count in self.summary().items()]
        return "\n".join(lines)




dag = DAG(
    dag_id="embeddings_features_score_00004",
    schedule="@once",
    start_date=pendulum.datetime(2023, 4, 5, tz="America/New_York"),
    catchup=False,
    tags=["embeddings", "ml-platform"],
    doc_md=__doc__,
)

start = EmptyOperator(task_id="start", dag=dag)

score_shipments = EmptyOperator(task_id="score_shipments", dag=dag)

download_invoices = BashOperator(
    task_id="download_invoices",
    bash_command="curl -fsS -X POST https://hooks.acme.io/features?date={{ logical_date | ds }}",
    env={"ENV": ENVIRONMENT, "TARGET": "features"},
    dag=dag,
)

snapshot_orders = BashOperator(
    task_id="snapshot_orders",
    bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/features/{{ ds }}/ /tmp/features/",
    dag=dag,
)

fetch_shipments = KubernetesPodOperator(
    task_id="fetch_shipments",
    name="fetch-shipments",
    namespace="ml-jobs",
    image="registry.acme.io/spark-runner:3.5",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "features", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

sync_documents = KubernetesPodOperator(
    task_id="sync_documents",
    name="sync-documents",
    namespace="ml-jobs",
    image="registry.acme.io/spark-runner:3.5",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "features", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

compact_sessions = PythonOperator(
    task_id="compact_sessions",
    python_callable=_dedupe_metrics,
    op_kwargs={"model_uri": "models:/features/production"},
    dag=dag,
)

download_invoices_2 = KubernetesPodOperator(
    task_id="download_invoices_2",
    name="download-invoices-2",
    namespace="batch",
    image="ghcr.io/acme/trainer:2025.06",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "features", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

aggregate_refunds = KubernetesPodOperator(
    task_id="aggregate_refunds",
    name="aggregate-refunds",
    namespace="batch",
    image="python:3.12-slim",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "features", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

snapshot_orders_2 = BashOperator(
    task_id="snapshot_orders_2",
    bash_command="dbt run --select tag:features --vars '{\"run_date\": \"{{ ds }}\"}'",
    dag=dag,
)

train_features = BashOperator(
    task_id="train_features",
    bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/features/{{ ds }}/ /tmp/features/",
    dag=dag,
)

train_documents = KubernetesPodOperator(
    task_id="train_documents",
    name="train-documents",
    namespace="airflow",
    image="python:3.12-slim",
    cmds=["python", "-m", "jobs.run"],
    arguments=["--entity", "features", "--date", "{{ ds }}"],
    env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
    get_logs=True,
    on_finish_action="delete_pod",
    dag=dag,
)

end = EmptyOperator(task_id="end", dag=dag)

start >> [score_shipments, download_invoices, snapshot_orders] >> fetch_shipments >> [sync_documents, compact_sessions] >> download_invoices_2 >> aggregate_refunds >> [snapshot_orders_2, train_features, train_documents] >> end
