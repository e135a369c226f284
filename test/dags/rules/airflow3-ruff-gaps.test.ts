import { REMOVED_ATTRIBUTES } from '../../../src/dags/data/airflow3.js';
import { ATTRIBUTE_HINTS } from '../../../src/dags/rules/airflow3-attributes.js';
import { hits, py } from '../helpers.js';

/** Gaps the ruff AIR oracle showed, each closed with a realistic positive and negative pattern. */
describe('Airflow 3 rules beyond `with DAG` blocks and direct context reads', () => {
  it('DAG102/DAG103: arguments of DAGs and operators built at module level or in an uncalled @dag function', async () => {
    const bad = py`
      from airflow.sdk import DAG, dag
      from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator

      nightly = DAG(dag_id="nightly", schedule_interval="@daily")
      TriggerDagRunOperator(task_id="kick", trigger_dag_id="nightly", execution_date="{{ ds }}", dag=nightly)

      @dag(schedule_interval="@hourly")
      def hourly():
          TriggerDagRunOperator(task_id="kick", trigger_dag_id="nightly", execution_date="{{ ds }}")
    `;
    expect(await hits(bad, ['DAG102', 'DAG103'])).toEqual(['DAG102@4', 'DAG102@7', 'DAG103@5', 'DAG103@9']);
    const good = bad.replace(/schedule_interval/g, 'schedule').replace(/execution_date/g, 'logical_date');
    expect(await hits(good, ['DAG102', 'DAG103'])).toEqual([]);
  });

  it('DAG104: context reached through get_current_context(), execute() parameters, dag_run and inlet_events', async () => {
    const bad = py`
      from airflow.sdk import BaseOperator, get_current_context, task

      @task
      def report():
          ctx = get_current_context()
          run = ctx["dag_run"]
          if run.external_trigger:
              return ctx.get("execution_date")
          return ctx["inlet_events"]["s3://lake/orders"]

      class Export(BaseOperator):
          def execute(self, next_ds, context):
              return next_ds
    `;
    expect(await hits(bad, ['DAG104'])).toEqual(['DAG104@12', 'DAG104@7', 'DAG104@8', 'DAG104@9']);
    const good = py`
      from airflow.sdk import Asset, BaseOperator, get_current_context, task
      from airflow.utils.types import DagRunType

      orders = Asset("s3://lake/orders")

      @task
      def report():
          ctx = get_current_context()
          run = ctx["dag_run"]
          if run.run_type == DagRunType.MANUAL:
              return ctx.get("logical_date")
          return ctx["inlet_events"][orders]

      class Export(BaseOperator):
          def execute(self, context):
              return context["data_interval_end"]
    `;
    expect(await hits(good, ['DAG104'])).toEqual([]);
  });

  it('DAG204: removed methods on Airflow objects, ignored plugin attributes, changed signatures', async () => {
    const bad = py`
      from airflow.datasets import Dataset
      from airflow.plugins_manager import AirflowPlugin
      from airflow.sdk import BaseOperatorLink, Variable

      orders = Dataset("s3://lake/orders", {"owner": "sales"})
      for d in orders.iter_datasets():
          print(d)
      limit = Variable.get("limit", default_var=10)

      class LakeLink(BaseOperatorLink):
          name = "Lake"
          def get_link(self, operator, dttm):
              return "https://lake"

      class LakePlugin(AirflowPlugin):
          name = "lake"
          operators = []
    `;
    expect(await hits(bad, ['DAG204'])).toEqual(['DAG204@12', 'DAG204@17', 'DAG204@5', 'DAG204@6', 'DAG204@8']);
    const good = py`
      from airflow.sdk import Asset, BaseOperatorLink, Variable
      from airflow.plugins_manager import AirflowPlugin

      orders = Asset("s3://lake/orders", extra={"owner": "sales"})
      for d in orders.iter_assets():
          print(d)
      limit = Variable.get("limit", default=10)

      class LakeLink(BaseOperatorLink):
          name = "Lake"
          def get_link(self, operator, *, ti_key):
              return "https://lake"

      class LakePlugin(AirflowPlugin):
          name = "lake"
          operator_extra_links = [LakeLink()]

      class Report:
          def iter_datasets(self):
              return []
      Report().iter_datasets()
    `;
    expect(await hits(good, ['DAG204'])).toEqual([]);
  });

  it('DAG105: a removed TriggerRule member read outside trigger_rule=', async () => {
    const bad = py`
      from airflow.utils.trigger_rule import TriggerRule

      JOIN_RULE = TriggerRule.DUMMY
    `;
    expect(await hits(bad, ['DAG105'])).toEqual(['DAG105@3']);
    expect(await hits(bad.replace('DUMMY', 'ALWAYS'), ['DAG105'])).toEqual([]);
  });

  it('DAG204 skips a file only when no removed attribute name can be in it: every name contains a hint', () => {
    const names = REMOVED_ATTRIBUTES.flatMap((c) => Object.keys(c.renames));
    expect(names.filter((n) => !ATTRIBUTE_HINTS.some((h) => n.includes(h)))).toEqual([]);
  });
});
