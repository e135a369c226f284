/**
 * jest globalSetup part: one run id for every test file of the real-cluster tier, so
 * `npm run bench` groups their timing records (test/cluster/harness.ts) as one run. Workers inherit
 * the environment set here. An id already set is kept: .ci/run sets it before
 * scripts/cluster/prepare.sh, whose record then belongs to the same run. Used by both jest configs
 * (jest.config.js through test/helpers/global-setup.mjs).
 */
export default function clusterRunId() {
  process.env.AIRFLOW_GITOPS_CLUSTER_RUN ??= new Date().toISOString();
}
