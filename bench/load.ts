import autocannon from 'autocannon';
import { percentile } from './stats';

/** One kind of request: the same one each time unless `nextBody` gives each its own. */
export interface HttpTarget {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  nextBody?: () => string;
  /** A response whose body fails this counts as broken (e.g. a GraphQL error behind a 200). */
  accept?: (body: string) => boolean;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  requests: number;
}

/** autocannon reports no p95: every response time is kept. Anything but a 2xx or an accepted body means the bench broke. */
function run(target: HttpTarget, load: Pick<autocannon.Options, 'connections' | 'duration' | 'amount'>): Promise<LoadFigures> {
  const { nextBody, accept } = target;
  const options: autocannon.Options = {
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    requests: nextBody ? [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }] : undefined,
    verifyBody: accept && ((body) => accept(String(body))),
    ...load,
  };
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) => {
      if (error) return reject(error);
      const broken = result.non2xx + result.errors + result.timeouts + result.mismatches;
      if (broken) return reject(new Error(`${target.method} ${target.url}: ${broken} of ${result.requests.total} requests failed or answered wrongly`));
      resolve({
        requestsPerSecond: result.requests.total / (result.duration || 1),
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        requests: result.requests.total,
      });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/** As many requests as `connections` connections can make in `seconds`. */
export function saturate(target: HttpTarget, connections: number, seconds: number): Promise<LoadFigures> {
  return run(target, { connections, duration: seconds });
}

/** One client, `amount` requests one after the other: the time one person waits. */
export function sequential(target: HttpTarget, amount: number): Promise<LoadFigures> {
  return run(target, { connections: 1, amount });
}
