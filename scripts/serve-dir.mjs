#!/usr/bin/env node
// Serves one directory's files read-only over HTTP on 127.0.0.1 (a port the OS picks) and prints its
// URL as the first line of stdout; runs until killed. .ci/run serves the local chart repository
// (index.yaml + airflow-<v>.tgz) with it. Usage: node scripts/serve-dir.mjs <dir>
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';

const CONTENT_TYPES = { '.yaml': 'application/x-yaml', '.yml': 'application/x-yaml', '.tgz': 'application/gzip', '.json': 'application/json', '.md': 'text/markdown' };

const [dirArg] = process.argv.slice(2);
if (!dirArg || !fs.existsSync(dirArg) || !fs.statSync(dirArg).isDirectory()) {
  process.stderr.write(`serve-dir: ${dirArg ? `${dirArg} is not a directory` : 'no directory given'}. Usage: node scripts/serve-dir.mjs <dir>\n`);
  process.exit(2);
}
const root = fs.realpathSync(dirArg);

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
  let file;
  try {
    file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  } catch {
    return void res.writeHead(400).end();
  }
  // Nothing outside the served directory, whatever the URL says (.. or symlinks).
  let real;
  try {
    real = fs.realpathSync(file);
  } catch {
    return void res.writeHead(404).end();
  }
  if ((real !== root && !real.startsWith(root + path.sep)) || !fs.statSync(real).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(real)] ?? 'application/octet-stream', 'content-length': fs.statSync(real).size });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(real).pipe(res);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
