"""An Airflow 2 SQL DAG: PostgresOperator left the postgres provider in 6.0.0 (the image has 7.x)."""
import pendulum

from airflow.providers.postgres.operators.postgres import PostgresOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_postgres_operator", schedule="@daily", start_date=pendulum.datetime(2025, 1, 1, tz="UTC"), catchup=False):
    PostgresOperator(task_id="refresh_mart", postgres_conn_id="warehouse", sql="REFRESH MATERIALIZED VIEW mart.daily_sales")
