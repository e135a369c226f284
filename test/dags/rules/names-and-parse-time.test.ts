import { hits, lint, py } from '../helpers.js';

describe('DAG301 undefined-name', () => {
  it('reports names bound nowhere, and module-level use before definition', async () => {
    const code = py`
      import math
      print(later)
      later = 1
      def f(x):
          return helper(x) + math.pi + y
      class C:
          attr = 1
          def m(self):
              return attr
    `;
    expect(await hits(code, ['DAG301'])).toEqual(['DAG301@2', 'DAG301@5', 'DAG301@5', 'DAG301@9']);
  });
  it('follows Python scoping: functions see later module names, comprehensions, walrus, global, except/with aliases, match', async () => {
    const code = py`
      from __future__ import annotations
      import os.path
      def f() -> Later:
          return g() + [i for i in range(3) if (n := i)][0] + n
      def g():
          global COUNTER
          COUNTER = 1
          return COUNTER
      try:
          pass
      except ValueError as err:
          print(err)
      with open(__file__) as fh, open(os.path.join("a")) as (a):
          fh.read()
      for k, (v, *rest) in {}.items():
          print(k, v, rest)
      class Point:
          pass
      match {}:
          case {"a": [x, *others]} | Point(x=x) as whole:
              print(x, others, whole)
      lam = lambda a, *b, c=1, **d: (a, b, c, d)
      def outer():
          v = 1
          def inner():
              nonlocal v
              v += 1
          return inner
      class Later:
          pass
    `;
    expect(await hits(code, ['DAG301'])).toEqual([]);
  });
  it('is off for a file with a star import', async () => {
    expect(await hits('from os.path import *\nprint(join("a"))\nprint(nothing)\n', ['DAG301'])).toEqual([]);
  });
  it('sees names inside f-strings and decorators', async () => {
    expect(await hits('x = f"{missing_a}"\n@missing_b\ndef f():\n    pass\n', ['DAG301'])).toEqual(['DAG301@1', 'DAG301@2']);
  });
});

describe('DAG501 parse-time-variable-or-connection', () => {
  it('reports Variable.get at module level and in operator arguments, not inside tasks', async () => {
    const code = py`
      from airflow.sdk import DAG, Variable, task
      from airflow.providers.standard.operators.bash import BashOperator
      bucket = Variable.get("bucket")
      with DAG("x", schedule=None):
          BashOperator(task_id="b", bash_command=Variable.get("cmd"))
          @task
          def t():
              return Variable.get("inside")
          t()
    `;
    expect(await hits(code, ['DAG501'])).toEqual(['DAG501@3', 'DAG501@5']);
  });
  it('reports BaseHook.get_connection in an @dag body (it runs at parse time)', async () => {
    const code = py`
      from airflow.sdk import dag
      from airflow.hooks.base import BaseHook
      @dag(schedule=None)
      def d():
          conn = BaseHook.get_connection("pg")
      d()
    `;
    expect(await hits(code, ['DAG501'])).toEqual(['DAG501@5']);
  });
});

describe('DAG502 parse-time-network-call', () => {
  it('reports requests at module level but not inside a function', async () => {
    const code = py`
      import requests
      TABLES = requests.get("https://catalog/api").json()
      def later():
          return requests.get("https://catalog/api")
    `;
    expect(await hits(code, ['DAG502'])).toEqual(['DAG502@2']);
  });
});

describe('DAG503 heavy-top-level-import', () => {
  it('reports heavy modules at module level, once per statement', async () => {
    const code = py`
      import pandas as pd
      from kubernetes import client, config
      import json
      def f():
          import torch
    `;
    expect(await hits(code, ['DAG503'])).toEqual(['DAG503@1', 'DAG503@2']);
  });
  it('uses the configured list', async () => {
    expect(await hits('import polars\nimport pandas\n', ['DAG503'], { heavyImports: ['polars'] })).toEqual(['DAG503@1']);
  });
});

describe('DAG601 metadata-db-access', () => {
  it('reports create_session, @provide_session and session.query on Airflow models', async () => {
    const code = py`
      from airflow.utils.session import create_session, provide_session
      from airflow.models import TaskInstance
      @provide_session
      def count(session=None):
          return session.query(TaskInstance).count()
      def other():
          with create_session() as s:
              pass
    `;
    expect(await hits(code, ['DAG601'])).toEqual(['DAG601@3', 'DAG601@5', 'DAG601@7']);
  });
  it('does not report queries on non-Airflow objects', async () => {
    expect(await hits('def f(session, Thing):\n    return session.query(Thing)\n', ['DAG601'])).toEqual([]);
  });
});

describe('DAG701/DAG702 policy', () => {
  it('requires configured tags and an owner only when configured', async () => {
    const code = 'from airflow.sdk import DAG\nwith DAG("x", schedule=None, tags=["etl"], default_args={"retries": 1}):\n    pass\n';
    expect(await hits(code, ['DAG701', 'DAG702'])).toEqual([]);
    expect(await hits(code, ['DAG701', 'DAG702'], { requiredTags: ['team'], requireOwner: true })).toEqual(['DAG701@2', 'DAG702@2']);
    const ok = 'from airflow.sdk import DAG\nwith DAG("x", schedule=None, tags=["team"], default_args={"owner": "a"}):\n    pass\n';
    expect(await hits(ok, ['DAG701', 'DAG702'], { requiredTags: ['team'], requireOwner: true })).toEqual([]);
  });
});

describe('noqa', () => {
  it('suppresses listed rules on the line, and all rules with a bare noqa', async () => {
    const { findings } = await lint('print(a)  # noqa: DAG301\nprint(b)  # noqa\nprint(c)  # noqa: DAG999\n');
    expect(findings.map((f) => f.range?.startLine)).toEqual([3]);
  });
});

describe('DAG101/DAG201 through attribute chains', () => {
  it('reports removed names reached through a module import, once, at the attribute', async () => {
    const code = py`
      import airflow
      import airflow.utils.dates as dates_mod
      from airflow import utils
      a = airflow.utils.dates.days_ago(1)
      b = dates_mod.days_ago(2)
      c = utils.dates.days_ago(3)
      d = airflow.sdk.DAG
    `;
    expect(await hits(code, ['DAG101', 'DAG201'])).toEqual(['DAG101@4', 'DAG101@5', 'DAG101@6']);
  });
});
