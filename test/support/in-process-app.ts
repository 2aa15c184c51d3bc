/**
 * The contract between the suites' environment (app-environment.ts, loaded natively by jest) and
 * startTestApp (test-app.ts, loaded in the suite's sandbox): the environment puts a
 * CreateInProcessApp on the suite's global object under this name.
 */
export const CREATE_IN_PROCESS_APP = '__createInProcessApp';

/** An app created in the worker process, listening on 127.0.0.1 on a free port. */
export interface InProcessApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** Creates the app for `env` (as main.ts would for that environment); its log lines go to `output`. */
export type CreateInProcessApp = (env: Record<string, string | undefined>, output: string[]) => Promise<InProcessApp>;
