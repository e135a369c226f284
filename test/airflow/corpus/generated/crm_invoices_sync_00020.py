"""
crm invoices sync 00020: compact invoices for the crm domain.

Owner: finops. Runbook: https://wiki.acme.io/data/crm/invoices
Upstream: REST API.
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

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "staging")
BASE_URL = os.environ.get("CRM_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/crm"
FEATURE_STORE = "s3://acme-features/crm"


def _publish_users(model_uri: str, threshold: float = 0.56, **context) -> dict:
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


def _dedupe_sessions(model_uri: str, threshold: float = 0.85, **context) -> dict:
    """Score the day's features; heavy libraries are imported here so DAG parsing stays fast."""
    import numpy as np
    import pandas as pd

    frame = pd.read_parquet(f"{FEATURE_STORE}/customers/{context['ds']}.parquet")
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


def _aggregate_tickets(**context):
    ti = context["ti"]
    run_marker = context["ds"]
    rows = ti.xcom_pull(task_ids="sync_sessions") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


class LoadMetricsReport:
    """Builds the tickets report e-mailed to the growth team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "tickets report"

    def summary(self):
        by_status = {}
        for row in self.rows:
            by_status.setdefault(row.get("status", "n/a"), []).append(row)
        return {status: len(items) for status, items in sorted(by_status.items())}

    def render(self) -> str:
        lines = [self.title, "=" * len(self.title)]
        lines += [f"{status}: {count}" for status, count in self.summary().items()]
        return "\n".join(lines)



default_args = {
    "owner": "analytics",
    "depends_on_past": False,
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["growth@acme.io"],
    "email_on_failure": False,
}


SOURCES = {
    "refunds": {"table": "raw.refunds", "partition": "none", "owner": "platform"},
    "transactions": {"table": "raw.transactions", "partition": "none", "owner": "platform"},
    "accounts": {"table": "raw.accounts", "partition": "hour", "owner": "growth"},
    "products": {"table": "raw.products", "partition": "none", "owner": "data-eng"},
    "users": {"table": "raw.users", "partition": "none", "owner": "bi-team"},
}


for source, cfg in SOURCES.items():
    with DAG(
        dag_id=f"crm_invoices_sync_00020_{source}",
        schedule="15 */4 * * *",
        start_date=pendulum.datetime(2024, 11, 2, tz="UTC"),
        catchup=False,
        default_args=default_args,
    ) as dag:
        sync_invoices = BashOperator(
            task_id="sync_invoices",
            bash_command="echo \"{{ ti.xcom_pull(task_ids='start') }}\"",
        )
        clean_shipments = KubernetesPodOperator(
            task_id="clean_shipments",
            name="clean-shipments",
            namespace="ml-jobs",
            image="ghcr.io/acme/dbt:1.8.0",
            cmds=["python", "-m", "jobs.run"],
            arguments=["--entity", "invoices", "--date", "{{ ds }}"],
            env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
            container_resources=k8s.V1ResourceRequirements(
                requests={"cpu": "250m", "memory": "1Gi"},
                limits={"cpu": "2", "memory": "2Gi"},
            ),
            get_logs=True,
            on_finish_action="delete_pod",
        )
        extract_orders = EmptyOperator(task_id="extract_orders")
        clean_users = PythonOperator(
            task_id="clean_users",
            python_callable=_publish_users,
            op_kwargs={"model_uri": "models:/invoices/production"},
        )
        publish_documents = BashOperator(
            task_id="publish_documents",
            bash_command="aws s3 sync s3://{{ var.value.raw_bucket }}/invoices/{{ ds }}/ /tmp/invoices/",
            retries=2,
        )
        validate_products = PythonOperator(
            task_id="validate_products",
            python_callable=_dedupe_sessions,
            op_kwargs={"model_uri": "models:/invoices/production"},
        )
        score_users = BashOperator(
            task_id="score_users",
            bash_command="python -m jobs.invoices --start {{ data_interval_start }} --end {{ data_interval_end }}",
            retries=3,
        )
        compact_orders = BashOperator(
            task_id="compact_orders",
            bash_command="curl -fsS -X POST https://hooks.acme.io/invoices?date={{ logical_date | ds }}",
            env={"ENV": ENVIRONMENT, "TARGET": "invoices"},
        )
        load_orders = KubernetesPodOperator(
            task_id="load_orders",
            name="load-orders",
            namespace="ml-jobs",
            image="python:3.12-slim",
            cmds=["python", "-m", "jobs.run"],
            arguments=["--entity", "invoices", "--date", "{{ ds }}"],
            env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
            container_resources=k8s.V1ResourceRequirements(
                requests={"cpu": "250m", "memory": "3Gi"},
                limits={"cpu": "1", "memory": "14Gi"},
            ),
            get_logs=True,
            on_finish_action="delete_pod",
        )
        report_users = PythonOperator(
            task_id="report_users",
            python_callable=_aggregate_tickets,
            trigger_rule="none_failed",
        )
        enrich_documents = BashOperator(
            task_id="enrich_documents",
            bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE invoices\"",
            env={"ENV": ENVIRONMENT, "TARGET": "invoices"},
        )
        [sync_invoices, clean_shipments, extract_orders] >> clean_users
        clean_users >> publish_documents
        publish_documents >> validate_products
        validate_products >> [score_users, compact_orders, load_orders]
        [score_users, compact_orders, load_orders] >> report_users
        report_users >> enrich_documents

    globals()[dag.dag_id] = dag
