import { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort, spawnNode, stopChild, waitUntilHealthy } from './processes';

export interface RunningFloor {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
}

/** The raw floor (floor-server.ts) as a process of its own, on the app's database with the app's pool size. */
export async function startFloor(databaseUrl: string, poolSize: number, cwd: string): Promise<RunningFloor> {
  const port = await freePort();
  const env = { FLOOR_PORT: String(port), FLOOR_DATABASE_URL: databaseUrl, FLOOR_POOL_SIZE: String(poolSize) };
  const child = spawnNode(join(__dirname, 'floor-server.js'), env, cwd);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilHealthy(child, `${baseUrl}/health`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { child, pid: child.pid!, baseUrl };
}

export function stopFloor(floor: RunningFloor): Promise<void> {
  return stopChild(floor.child);
}
