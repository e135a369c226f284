/**
 * jest globalSetup of the cluster tier: one run id for every test file, so their phase timings land
 * in one JSON record (test/cluster/harness.ts). Workers inherit the environment set here.
 */
export default function clusterRunId() {
  process.env.AIRFLOW_GITOPS_CLUSTER_RUN ??= new Date().toISOString();
}
