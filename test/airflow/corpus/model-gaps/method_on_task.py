"""Methods on a task: .as_teardown(setups=...) and Operator.partial(...).expand(...) return the task."""
import pendulum
from airflow.providers.standard.operators.bash import BashOperator
from airflow.sdk import DAG, task

with DAG(dag_id="method_on_task", schedule=None, start_date=pendulum.datetime(2025, 1, 1, tz="UTC")):
    @task
    def a(): ...
    @task
    def b(): ...
    @task
    def c(): ...
    t1, t2, t3 = a(), b(), c()
    t1 >> t2 >> t3.as_teardown(setups=t1)
    echo = BashOperator.partial(task_id="echo").expand(bash_command=["echo 1", "echo 2"])
    t3 >> echo
