import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';

const HEALTH_TIMEOUT_MS = 500;

/** A TCP relay in front of PostgreSQL that can stop passing bytes while keeping every connection open: a stalled database. */
class StallingRelay {
  private stalled = false;
  private readonly held: (() => void)[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(target: { host: string; port: number }): Promise<StallingRelay> {
    const server = createServer();
    const relay = new StallingRelay(server);
    server.on('connection', (client) => {
      const upstream = connect(target.port, target.host);
      relay.pass(client, upstream);
      relay.pass(upstream, client);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return relay;
  }

  /** `databaseUrl` with its host and port replaced by the relay's. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.host = `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return url.toString();
  }

  stall(): void {
    this.stalled = true;
  }

  resume(): void {
    this.stalled = false;
    for (const send of this.held.splice(0)) send();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private pass(from: Socket, to: Socket): void {
    this.sockets.add(from);
    from.on('close', () => to.destroy());
    from.on('error', () => to.destroy());
    from.on('data', (chunk) => (this.stalled ? this.held.push(() => to.write(chunk)) : to.write(chunk)));
  }
}

async function probe(app: TestApp, path: string): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  // A probe that hangs fails here rather than at jest's timeout.
  const response = await fetch(`${app.baseUrl}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

describe('health', () => {
  let direct: TestApp;
  let relay: StallingRelay;
  let app: TestApp;

  beforeAll(async () => {
    // The first app only provides a migrated database; the one under test reaches it through the relay.
    direct = await startTestApp();
    const { hostname, port } = new URL(direct.env.DATABASE_URL!);
    relay = await StallingRelay.start({ host: hostname, port: Number(port) });
    app = await startTestApp({ DATABASE_URL: relay.url(direct.env.DATABASE_URL!), HEALTH_TIMEOUT_MS: String(HEALTH_TIMEOUT_MS) });
  });

  afterAll(async () => {
    relay?.resume();
    await app?.stop();
    await relay?.close();
    await direct?.stop();
  });

  it('answers ready at /health/ready and /health, and live at /health/live', async () => {
    for (const path of ['/health/ready', '/health']) {
      const { status, body } = await probe(app, path);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    }
    expect(await probe(app, '/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers 503 within the health timeout while the database stalls, stays live, and recovers', async () => {
    relay.stall();
    const stalled = await probe(app, '/health/ready');
    expect(stalled.status).toBe(503);
    expect(stalled.body).toMatchObject({ status: 'error', error: { database: { status: 'down', message: `timeout of ${HEALTH_TIMEOUT_MS}ms exceeded` } } });
    expect(stalled.ms).toBeLessThan(HEALTH_TIMEOUT_MS + 1000);
    expect((await probe(app, '/health/live')).status).toBe(200);

    relay.resume();
    expect((await probe(app, '/health/ready')).status).toBe(200);
  });
});
