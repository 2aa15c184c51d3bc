import { TestEnvironment } from 'jest-environment-node';
import { join } from 'node:path';
import { CREATE_IN_PROCESS_APP, CreateInProcessApp, InProcessApp } from './in-process-app';
import { ROOT } from './paths';

type AppFactory = typeof import('../../src/app.factory');
type AppConfigModule = typeof import('../../src/config/app-config');
type JsonLoggerModule = typeof import('../../src/logging/json-logger');
type JsonLoggerClass = JsonLoggerModule['JsonLogger'];
type Level = ConstructorParameters<JsonLoggerClass>[0] & string;

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

const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

/**
 * A JsonLogger whose lines go to `output` instead of stdout, keeping its level filter, so the
 * suite's app does not write into jest's output (the spawned process's output was captured the same way).
 */
function capturingLogger(JsonLogger: JsonLoggerClass, level: Level, output: string[]): InstanceType<JsonLoggerClass> {
  const minimum = LEVELS.indexOf(level);
  const write = (lineLevel: Level, message: unknown, rest: unknown[]) => {
    if (LEVELS.indexOf(lineLevel) < minimum) return;
    const last = rest[rest.length - 1];
    const fields = typeof last === 'string' ? { context: last } : last && typeof last === 'object' ? last : {};
    output.push(`${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg: String(message), ...fields })}\n`);
  };
  return new (class extends JsonLogger {
    log(message: unknown, ...rest: unknown[]) { write('info', message, rest); }
    info(message: unknown, ...rest: unknown[]) { write('info', message, rest); }
    warn(message: unknown, ...rest: unknown[]) { write('warn', message, rest); }
    error(message: unknown, ...rest: unknown[]) { write('error', message, rest); }
    debug(message: unknown, ...rest: unknown[]) { write('debug', message, rest); }
    verbose(message: unknown, ...rest: unknown[]) { write('debug', message, rest); }
  })(level);
}

/** Runs `work` with this process's stdout captured into `output` (the demo seeder prints its sign-ins there). */
async function capturingStdout<T>(output: string[], work: () => Promise<T>): Promise<T> {
  const stdout = process.stdout;
  const hadOwn = Object.prototype.hasOwnProperty.call(stdout, 'write');
  const original = stdout.write;
  stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    output.push(chunk.toString());
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  }) as typeof stdout.write;
  try {
    return await work();
  } finally {
    if (hadOwn) stdout.write = original;
    else delete (stdout as { write?: unknown }).write;
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
    const logger = capturingLogger(JsonLogger, config.logLevel, output);
    const databaseUrl = config.databaseUrl;
    if (!databaseUrl) throw new Error('In-process test apps need DATABASE_URL');
    const app = await capturingStdout(output, async () => {
      // abortOnError false: a failed start rejects here instead of ending the worker process.
      const created = await createApp(config, databaseUrl, logger, { abortOnError: false });
      try {
        await created.listen(0, '127.0.0.1');
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
