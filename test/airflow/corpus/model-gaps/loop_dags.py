"""DAGs built in a module-level loop with f-string ids and registered through globals()."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG

for name in ("eu", "us"):
    with DAG(dag_id=f"sync_{name}", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")) as dag:
        EmptyOperator(task_id="sync")
    globals()[dag.dag_id] = dag
