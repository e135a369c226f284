import * as os from 'node:os';
import * as path from 'node:path';

/** Per-user cache directory for the CLI (XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows). */
export function userCacheDir(): string {
  if (process.env.AIRFLOW_GITOPS_CACHE_DIR) return path.resolve(process.env.AIRFLOW_GITOPS_CACHE_DIR);
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return path.join(process.env.LOCALAPPDATA, 'airflow-gitops', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'airflow-gitops');
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'airflow-gitops');
}
