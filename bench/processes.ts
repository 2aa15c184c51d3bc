import { ChildProcess, spawn } from 'node:child_process';
import { AddressInfo, createServer } from 'node:net';

const HEALTH_POLL_MS = 20;

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}

/** A Node.js script as its own process, on the runtime running the bench; its stdout (JSON log lines) is dropped. */
export function spawnNode(script: string, env: NodeJS.ProcessEnv, cwd: string, nodeOptions: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeOptions, script], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Resolves once `url` answers 200, polled often enough that a start's duration is read to within a few milliseconds. */
export async function waitUntilHealthy(child: ChildProcess, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, HEALTH_POLL_MS));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then waits for the exit (the app closes its pool and its embedded database first). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}
