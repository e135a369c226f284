/**
 * jest globalSetup of the default run (jest.config.js): the test charts, and the real-cluster tier's
 * run id — `npm test` includes test/cluster/ when an engine answers, and without one shared id each
 * of its files would record its timings as a run of its own. jest.cluster.config.js runs only the id.
 */
import clusterRunId from '../cluster/global-setup.mjs';
import setupTestCharts from './charts.setup.mjs';

export default async function globalSetup() {
  clusterRunId();
  await setupTestCharts();
}
