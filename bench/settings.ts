import type { Scale } from './statewide-data';

/** How much load each measurement gets; the small scale is for a quick look, never for the figures of record. */
export interface BenchSettings {
  scale: Scale;
  /** Rounds per figure; each figure is the median of its rounds. */
  rounds: number;
  /** Concurrent connections of the verification load, on the app and on the floor alike. */
  connections: number;
  verifySeconds: number;
  warmUpSeconds: number;
  /** Sequential requests per round with one client. */
  progressRequests: number;
  queueRequests: number;
  pageRequests: number;
  /** Requests before each sequential measurement, not counted (connections, plans, JIT). */
  warmUpRequests: number;
}

const FULL: BenchSettings = {
  scale: 'full',
  rounds: 5,
  connections: 50,
  verifySeconds: 10,
  warmUpSeconds: 5,
  progressRequests: 500,
  queueRequests: 100,
  pageRequests: 100,
  warmUpRequests: 20,
};

const SMALL: BenchSettings = {
  scale: 'small',
  rounds: 3,
  connections: 50,
  verifySeconds: 5,
  warmUpSeconds: 2,
  progressRequests: 200,
  queueRequests: 50,
  pageRequests: 50,
  warmUpRequests: 10,
};

/** `--scale small` or `--scale=small`; full by default. */
export function scaleFromArguments(args: string[]): Scale {
  const joined = args.join(' ');
  const match = /--scale[= ](\S+)/.exec(joined);
  const scale = match?.[1] ?? 'full';
  if (scale !== 'full' && scale !== 'small') throw new Error(`--scale must be full or small (got "${scale}")`);
  return scale;
}

export function settingsFor(scale: Scale): BenchSettings {
  return scale === 'full' ? FULL : SMALL;
}
