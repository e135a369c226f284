"""chain(*tasks) links consecutive tasks of the list."""
import pendulum
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.sdk import DAG, chain

with DAG(dag_id="chain_splat", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    steps = [EmptyOperator(task_id="a"), EmptyOperator(task_id="b"), EmptyOperator(task_id="c")]
    chain(*steps)
