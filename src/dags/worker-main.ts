import { runLintWorker } from './worker.js';

// Entry of dist/lint-worker/index.js: a small bundle with only the linter, so each worker thread
// starts without loading the CLI's Azure and Kubernetes code.
runLintWorker();
