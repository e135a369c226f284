// Whether the real-cluster tier (test/cluster/) can run here: a Docker engine answers on the socket
// scripts/cluster/dockerd.sh starts (or on $DOCKER_HOST). Plain JS so both jest configs can ask it
// synchronously while they load.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REQUIRE_CLUSTER_ENV = 'AIRFLOW_GITOPS_REQUIRE_CLUSTER';

/** The cache directory of scripts/cluster/lib.sh (keep the two in step). */
export function clusterCacheDir(env = process.env) {
  if (env.AIRFLOW_GITOPS_CLUSTER_CACHE) return env.AIRFLOW_GITOPS_CLUSTER_CACHE;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'airflow-gitops/cluster');
}

/** DOCKER_HOST for the engine dockerd.sh starts. */
export function dockerHost(env = process.env) {
  return `unix://${env.AIRFLOW_GITOPS_DOCKER_SOCKET || path.join(clusterCacheDir(env), 'run/docker.sock')}`;
}

/** { available: true } or { available: false, reason } — the reason is one sentence. */
export function probeEngine(env = process.env) {
  const host = dockerHost(env);
  const socket = host.replace(/^unix:\/\//, '');
  if (!existsSync(socket)) return { available: false, reason: `no Docker engine socket at ${socket}` };
  const r = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { env: { ...env, DOCKER_HOST: host }, encoding: 'utf8', timeout: 10_000 });
  if (r.error) return { available: false, reason: `the docker CLI cannot run (${r.error.message})` };
  if (r.status !== 0) return { available: false, reason: `the Docker engine at ${socket} does not answer (${(r.stderr || '').trim().split('\n')[0]})` };
  return { available: true, version: r.stdout.trim() };
}
