import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, Interface } from 'node:readline';
import { ensureDatabase } from '../../src/database/embedded-postgres';
import { ROOT } from './paths';
import { freePort } from './test-app';

/**
 * A PostgreSQL server of the suite's own, which the suite may stop and start again (every other
 * suite shares the global one, which must keep running). It runs under own-database-host.ts.
 * Durability stays on, as in production, so that what it acknowledged must survive a restart.
 */
export class OwnDatabase {
  private adminUrl = '';

  private constructor(
    private readonly host: ChildProcess,
    private readonly replies: AsyncIterator<string>,
    private readonly lines: Interface,
    private readonly dataDir: string,
  ) {}

  static async start(): Promise<OwnDatabase> {
    const dataDir = mkdtempSync(join(tmpdir(), 'iecmhc-own-db-'));
    chmodSync(dataDir, 0o755); // run as root, the server runs as its own user inside it
    const compiled = join(ROOT, 'dist/src/database/embedded-postgres.js');
    const port = String(await freePort());
    // Node runs the host's TypeScript itself, as an ES module (it has import statements): no need to warn about that.
    const host = spawn(process.execPath, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', join(__dirname, 'own-database-host.ts'), compiled, dataDir, port], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: host.stdout! });
    const database = new OwnDatabase(host, lines[Symbol.asyncIterator](), lines, dataDir);
    try {
      await database.resume();
    } catch (error) {
      await database.remove();
      throw error;
    }
    return database;
  }

  /** A URL for database `name`, created (empty) when it does not exist yet. */
  async database(name: string): Promise<string> {
    await ensureDatabase(this.adminUrl, name);
    const url = new URL(this.adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  /** Fast shutdown, as an operator's restart does: open sessions end and their transactions roll back. */
  async pause(): Promise<void> {
    await this.send('stop');
  }

  /** Starts the server (again) on the same files and port. */
  async resume(): Promise<void> {
    this.adminUrl = (await this.send('start')).url!;
  }

  async remove(): Promise<void> {
    if (this.host.exitCode === null) {
      const exited = new Promise((resolve) => this.host.once('exit', resolve));
      this.host.stdin!.end(); // the host stops the server and exits
      await exited;
    }
    this.lines.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async send(command: 'start' | 'stop'): Promise<{ url?: string }> {
    this.host.stdin!.write(`${command}\n`);
    const { value, done } = await this.replies.next();
    if (done) throw new Error(`The database host exited (${this.host.exitCode}) before answering ${command}`);
    const reply = JSON.parse(value) as { ok: boolean; url?: string; error?: string };
    if (!reply.ok) throw new Error(`The database did not ${command}: ${reply.error}`);
    return reply;
  }
}
