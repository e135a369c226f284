"""A dependency cycle: DagBag refuses the DAG."""
import pendulum

from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

with DAG(dag_id="broken_cycle", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
    a = EmptyOperator(task_id="a")
    b = EmptyOperator(task_id="b")
    c = EmptyOperator(task_id="c")
    a >> b >> c >> a
