import * as tc from '@actions/tool-cache';
import type { ChartCache } from './chart.js';

const TOOL = 'airflow-helm-chart';

/** Charts cached in the runner's tool cache (RUNNER_TOOL_CACHE), like setup-* actions cache tools. */
export function toolCacheChartCache(): ChartCache {
  return {
    find(version) {
      return tc.find(TOOL, version) || undefined;
    },
    save(version, dir) {
      return tc.cacheDir(dir, TOOL, version);
    },
  };
}
