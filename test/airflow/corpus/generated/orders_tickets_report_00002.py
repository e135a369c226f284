"""
orders tickets report 00002: aggregate tickets for the orders domain.

Owner: platform. Runbook: https://wiki.acme.io/data/orders/tickets
Upstream: S3 landing zone.
Downstream: feature store.
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

log = logging.getLogger(__name__)

ENVIRONMENT = os.environ.get("DEPLOY_ENV", "dev")
BASE_URL = os.environ.get("ORDERS_API", "https://api.acme.io/v2")
STAGING_DIR = "/opt/airflow/staging/orders"
FEATURE_STORE = "s3://acme-features/orders"


def _report_invoices(ds: str, **context) -> list[dict]:
    """Fetch events for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/events"
    rows: list[dict] = []
    for page in range(1, 20):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d events for %s", len(rows), ds)
    return rows


def _report_tickets(ds: str, **context) -> list[dict]:
    """Fetch events for the logical date from the upstream API.

    Pages through the endpoint until a short page comes back; the API caps pages at 500 rows.
    """
    import requests

    url = f"{BASE_URL}/events"
    rows: list[dict] = []
    for page in range(1, 25):
        response = requests.get(url, params={"date": ds, "page": page}, timeout=30)
        response.raise_for_status()
        batch = response.json().get("items", [])
        rows.extend(batch)
        if len(batch) < 500:
            break
    log.info("Fetched %d events for %s", len(rows), ds)
    return rows



default_args = {
    "owner": "finops",
    "depends_on_past": False,
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "email": ["growth@acme.io"],
    "email_on_failure": False,
}


with DAG(
    dag_id="orders_tickets_report_00002",
    schedule=[Asset("s3://acme-lake/orders/tickets")],
    start_date=pendulum.datetime(2025, 4, 28, tz="UTC"),
    catchup=False,
    default_args=default_args,
    doc_md=__doc__,
) as dag:
    start = EmptyOperator(task_id="start")

    extract_invoices = BashOperator(
        task_id="extract_invoices",
        bash_command="python -m jobs.tickets --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    dedupe_transactions = PythonOperator(
        task_id="dedupe_transactions",
        python_callable=_report_invoices,
    )

    report_transactions = BashOperator(
        task_id="report_transactions",
        bash_command="psql -h {{ conn.warehouse.host }} -c \"VACUUM ANALYZE tickets\"",
        env={"ENV": ENVIRONMENT, "TARGET": "tickets"},
        retries=5,
    )

    snapshot_products = BashOperator(
        task_id="snapshot_products",
        bash_command="python -m jobs.tickets --start {{ data_interval_start }} --end {{ data_interval_end }}",
    )

    snapshot_leads = BashOperator(
        task_id="snapshot_leads",
        bash_command="spark-submit --conf spark.app.name=tickets_{{ ts_nodash }} /opt/jobs/tickets.py",
        env={"ENV": ENVIRONMENT, "TARGET": "tickets"},
        retries=3,
    )

    score_features = PythonOperator(
        task_id="score_features",
        python_callable=_report_tickets,
    )

    end = EmptyOperator(task_id="end")

    start >> extract_invoices >> dedupe_transactions >> [report_transactions, snapshot_products] >> snapshot_leads >> [score_features, end]
