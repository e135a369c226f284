import * as path from 'node:path';
import { validateValues } from '../../src/values/engine.js';
import { chartDir, repoRoot, summarize, tempDir } from './helpers.js';

describe('examples/platform/airflow/values.yaml', () => {
  it.each(['1.19.0'])('validates clean against chart %s', async (version) => {
    const result = await validateValues({
      files: ['examples/platform/airflow/values.yaml'],
      chart: chartDir(version),
      cwd: repoRoot,
      schemaCacheDir: tempDir('vv-schema-'),
      render: 'off',
    });
    expect(summarize(result.findings)).toEqual([]);
    expect(result.run.filesChecked).toBe(1);
    expect(result.run.details?.find(([k]) => k === 'Chart')?.[1]).toContain(`airflow ${version}`);
    expect(path.isAbsolute(chartDir(version))).toBe(true);
  });
});
