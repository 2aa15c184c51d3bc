import { TestEnvironment } from 'jest-environment-node';
import { join } from 'node:path';
import { CREATE_IN_PROCESS_APP, CreateInProcessApp, InProcessApp } from './in-process-app';
import { ROOT } from './paths';

type AppFactory = typeof import('../../src/app.factory');
type AppConfigModule = typeof import('../../src/config/app-config');
type JsonLoggerModule = typeof import('../../src/logging/json-logger');

/**
 * The compiled app (dist/, built by the global set-up), loaded with Node's own `require` (the
 * types above are only types). Nest's packages are ES modules, which Node 20.19+ can `require` but
 * Jest's module registry (the one test files get) cannot; an environment is loaded natively,
 * outside that registry, so it can. Node caches these modules per worker: only the first suite in
 * a worker pays for loading them.
 */
function loadApp() {
  require(require.resolve('reflect-metadata', { paths: [ROOT] }));
  return {
    createApp: (require(join(ROOT, 'dist/src/app.factory.js')) as AppFactory).createApp,
    loadConfig: (require(join(ROOT, 'dist/src/config/app-config.js')) as AppConfigModule).loadConfig,
    JsonLogger: (require(join(ROOT, 'dist/src/logging/json-logger.js')) as JsonLoggerModule).JsonLogger,
  };
}

/** A JsonLogger destination that keeps the app's lines in `output` instead of the worker's stdout. */
function into(output: string[]): { write(line: string): void } {
  return { write: (line) => void output.push(line) };
}

/** Runs `work` with this process's stderr captured into `output` (the demo seeder prints its sign-ins there). */
async function capturingStderr<T>(output: string[], work: () => Promise<T>): Promise<T> {
  const stderr = process.stderr;
  const hadOwn = Object.prototype.hasOwnProperty.call(stderr, 'write');
  const original = stderr.write;
  stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    output.push(chunk.toString());
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof stderr.write;
  try {
    return await work();
  } finally {
    if (hadOwn) stderr.write = original;
    else delete (stderr as { write?: unknown }).write;
  }
}

/**
 * The end-to-end suites' environment: a node environment that can create the app in this worker
 * with the factory main.ts uses (createApp), instead of spawning `node dist/src/main.js`. On
 * teardown it closes any app its suite left open.
 */
export default class AppEnvironment extends TestEnvironment {
  private readonly open = new Set<InProcessApp>();
  private readonly starting = new Set<Promise<InProcessApp>>();

  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    const create: CreateInProcessApp = (env, output) => {
      const started = this.createApp(env, output);
      this.starting.add(started);
      const settled = () => this.starting.delete(started);
      started.then(settled, settled);
      return started;
    };
    this.global[CREATE_IN_PROCESS_APP] = create;
  }

  private async createApp(env: Record<string, string | undefined>, output: string[]): Promise<InProcessApp> {
    const { createApp, loadConfig, JsonLogger } = loadApp();
    const config = loadConfig(env);
    const logger = new JsonLogger(config.logLevel, into(output));
    const databaseUrl = config.databaseUrl;
    if (!databaseUrl) throw new Error('In-process test apps need DATABASE_URL');
    const app = await capturingStderr(output, async () => {
      // abortOnError false: a failed start rejects here instead of ending the worker process.
      const created = await createApp(config, databaseUrl, logger, { abortOnError: false });
      try {
        // A suite that must know its address ahead (PUBLIC_BASE_URL for LTI) names its PORT.
        await created.listen(env.PORT ? config.port : 0, '127.0.0.1');
      } catch (error) {
        await created.close();
        throw error;
      }
      return created;
    });
    const { port } = app.getHttpServer().address() as { port: number };
    const running: InProcessApp = {
      baseUrl: `http://127.0.0.1:${port}`,
      close: async () => {
        if (!this.open.delete(running)) return;
        await app.close();
      },
    };
    this.open.add(running);
    return running;
  }

  async teardown(): Promise<void> {
    // A start a timed-out beforeAll gave up on may still finish: wait for it, then close it too.
    await Promise.allSettled([...this.starting]);
    for (const app of [...this.open]) await app.close();
    await super.teardown();
  }
}
