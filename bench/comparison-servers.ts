import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, spawnNode, stopChild, waitUntilHealthy } from './processes';

/** A server the app is compared with, as a process of its own. */
export interface ComparisonServer {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
}

/** The database and pool they all use: the app's database, the app's pool size. */
export interface SharedDatabase {
  url: string;
  poolSize: number;
}

export type CeilingPlatform = 'express' | 'fastify';

async function startServer(script: string, database: SharedDatabase, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<ComparisonServer> {
  const port = await freePort();
  const child = spawnNode(join(__dirname, script), { BENCH_PORT: String(port), BENCH_DATABASE_URL: database.url, BENCH_POOL_SIZE: String(database.poolSize), ...env }, cwd);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(child, `${baseUrl}/health`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { child, pid: child.pid!, baseUrl };
}

/** The raw floor (floor-server.ts): node:http and pg. */
export function startFloor(database: SharedDatabase, cwd: string): Promise<ComparisonServer> {
  return startServer('floor-server.js', database, cwd);
}

/** The framework's ceiling (ceiling-server.ts): a bare NestJS + Apollo app on `platform`. */
export function startCeiling(database: SharedDatabase, cwd: string, platform: CeilingPlatform): Promise<ComparisonServer> {
  return startServer('ceiling-server.js', database, cwd, { BENCH_PLATFORM: platform });
}

export function stopServer(server: ComparisonServer): Promise<void> {
  return stopChild(server.child);
}
