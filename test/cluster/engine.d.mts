export const REQUIRE_CLUSTER_ENV: string;
export function clusterCacheDir(env?: NodeJS.ProcessEnv): string;
export function dockerHost(env?: NodeJS.ProcessEnv): string;
export function probeEngine(env?: NodeJS.ProcessEnv): { available: true; version: string } | { available: false; reason: string };
