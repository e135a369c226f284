/**
 * jest reporter, beside the default one: after every run, the slowest test files (top 10, seconds
 * from the start to the end of each file), so a slow tier is visible without a profiler.
 */
const SHOWN = 10;

export default class SlowestFilesReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_testContexts, results) {
    const files = results.testResults
      .filter((r) => r.perfStats && r.perfStats.end > r.perfStats.start)
      .map((r) => ({ file: r.testFilePath.startsWith(`${this.rootDir}/`) ? r.testFilePath.slice(this.rootDir.length + 1) : r.testFilePath, seconds: (r.perfStats.end - r.perfStats.start) / 1000 }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, SHOWN);
    if (!files.length) return;
    const width = Math.max(...files.map((f) => f.seconds.toFixed(1).length));
    const lines = files.map((f) => `  ${f.seconds.toFixed(1).padStart(width)} s  ${f.file}`);
    process.stderr.write(`\nSlowest test files:\n${lines.join('\n')}\n`);
  }
}
