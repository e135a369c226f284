"""
orders features load 00034: export features for the orders domain.

Owner: finops. Runbook: https://wiki.acme.io/data/orders/features
Upstream: Postgres replica.
Downstream: finance exports.
"""

from __future__ import annotations

import logging
import os
from datetime import timedelta

import pendulum
from kubernetes.client import models as k8s

from airflow.sdk import DAG, Variable
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("ORDERS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/orders"
FEATURE_STORE = "s3://acme-features/orders"
ALERT_EMAILS = Variable.get("orders_alert_emails", default="data@acme.io").split(",")


def _flush(table: str, batch: list) -> int:
    """Insert one batch; the warehouse client is imported lazily to keep parsing cheap."""
    from warehouse.client import connect

    with connect(os.environ["WAREHOUSE_DSN"]) as conn:
        conn.insert_many(table, batch)
    return len(batch)


def _load_accounts(table: str, batch_size: int = 500, **context) -> int:
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


def _publish_invoices(table: str, batch_size: int = 5000, **context) -> int:
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


def _score_products(**context):
    ti = context["ti"]
    run_marker = context["ds"]
    rows = ti.xcom_pull(task_ids="load_events") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


def _enrich_accounts(**context):
    ti = context["ti"]
    run_marker = context["ds"]
    rows = ti.xcom_pull(task_ids="clean_tickets") or []
    cleaned = [row for row in rows if row.get("value") is not None]
    dropped = len(rows) - len(cleaned)
    if dropped:
        log.warning("Dropped %d rows without a value (run %s)", dropped, run_marker)
    totals = {}
    for row in cleaned:
        key = row.get("category", "unknown")
        totals[key] = totals.get(key, 0) + row["value"]
    return {"count": len(cleaned), "totals": totals}


class FetchProductsReport:
    """Builds the documents report e-mailed to the finops team."""

    def __init__(self, rows, title=None):
        self.rows = list(rows)
        self.title = title or "documents report"

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
    "owner": "bi-team",
    "depends_on_past": False,
    "retries": 0,
    "retry_delay": timedelta(minutes=10),
    "email": ["analytics@acme.io"],
    "email_on_failure": False,
}


with DAG(
    dag_id="orders_features_load_00034",
    schedule="*/15 * * * *",
    start_date=pendulum.datetime(2024, 11, 17, tz="America/New_York"),
    catchup=False,
    default_args=default_args,
    max_active_runs=2,
    params={"table": "features", "full_refresh": False},
) as dag:
    start = EmptyOperator(task_id="start")

    publish_users = KubernetesPodOperator(
        task_id="publish_users",
        name="publish-users",
        namespace="airflow",
        image="ghcr.io/acme/etl:1.4.2",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "features", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "7Gi"},
            limits={"cpu": "3", "memory": "3Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    score_tickets = KubernetesPodOperator(
        task_id="score_tickets",
        name="score-tickets",
        namespace="airflow",
        image="ghcr.io/acme/etl:1.4.2",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "features", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "750m", "memory": "6Gi"},
            limits={"cpu": "4", "memory": "12Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    score_tickets_2 = KubernetesPodOperator(
        task_id="score_tickets_2",
        name="score-tickets-2",
        namespace="ml-jobs",
        image="ghcr.io/acme/dbt:1.8.0",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "features", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "DEBUG"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "5Gi"},
            limits={"cpu": "3", "memory": "3Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    export_tickets = BashOperator(
        task_id="export_tickets",
        bash_command="dbt run --select tag:features --vars '{\"run_date\": \"{{ ds }}\"}'",
    )

    sync_transactions = BashOperator(
        task_id="sync_transactions",
        bash_command="echo {{ params.table }} {{ macros.ds_add(ds, -1) }}",
    )

    transform_features = BashOperator(
        task_id="transform_features",
        bash_command="echo \"run for {{ ds }}\" && python /opt/jobs/features.py --date {{ ds_nodash }}",
        env={"ENV": ENVIRONMENT, "TARGET": "features"},
        retries=3,
    )

    validate_metrics = PythonOperator(
        task_id="validate_metrics",
        python_callable=_load_accounts,
        op_kwargs={"table": "features"},
        trigger_rule="one_success",
    )

    fetch_documents = BashOperator(
        task_id="fetch_documents",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE features\"",
    )

    publish_tickets = PythonOperator(
        task_id="publish_tickets",
        python_callable=_publish_invoices,
        op_kwargs={"table": "features"},
    )

    sync_customers = PythonOperator(
        task_id="sync_customers",
        python_callable=_score_products,
        trigger_rule="one_success",
    )

    validate_leads = KubernetesPodOperator(
        task_id="validate_leads",
        name="validate-leads",
        namespace="ml-jobs",
        image="ghcr.io/acme/etl:1.4.2",
        cmds=["python", "-m", "jobs.run"],
        arguments=["--entity", "features", "--date", "{{ ds }}"],
        env_vars={"ENV": ENVIRONMENT, "LOG_LEVEL": "INFO"},
        container_resources=k8s.V1ResourceRequirements(
            requests={"cpu": "500m", "memory": "2Gi"},
            limits={"cpu": "4", "memory": "5Gi"},
        ),
        get_logs=True,
        on_finish_action="delete_pod",
    )

    transform_events = PythonOperator(
        task_id="transform_events",
        python_callable=_enrich_accounts,
    )

    end = EmptyOperator(task_id="end")

    [start, publish_users] >> score_tickets
    score_tickets >> [score_tickets_2, export_tickets, sync_transactions]
    transform_features << [score_tickets_2, export_tickets, sync_transactions]
    transform_features >> [validate_metrics, fetch_documents, publish_tickets]
    [validate_metrics, fetch_documents, publish_tickets] >> sync_customers
    sync_customers >> [validate_leads, transform_events]
    [validate_leads, transform_events] >> end
