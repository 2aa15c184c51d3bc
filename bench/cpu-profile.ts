import { readFileSync } from 'node:fs';

/** The parts of a V8 `.cpuprofile` (what `node --cpu-prof` writes) a summary needs. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  /** Sampled time, idle excluded. */
  busyMs: number;
  functions: ProfileShare[];
  packages: ProfileShare[];
}

const IDLE = '(idle)';

/** `…/node_modules/@apollo/server/dist/…` → `@apollo/server`; the app's own files → `app`; Node's → `node`. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  const parts = url.split('node_modules/');
  if (parts.length > 1) {
    const [first, second] = parts[parts.length - 1].split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  return url.startsWith('node:') ? 'node' : 'app';
}

function frameName({ callFrame }: ProfileNode): string {
  const { functionName, url, lineNumber } = callFrame;
  if (!url) return functionName || '(anonymous)';
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/dist\//, '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function topShares(microseconds: Map<string, number>, busy: number, count: number): ProfileShare[] {
  return [...microseconds]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => ({ name, percent: Math.round((time / busy) * 1000) / 10 }));
}

/** Self time by function and by package, as shares of the busy (non-idle) time. */
export function summarizeProfile(path: string, count = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id)!;
    const delta = profile.timeDeltas[index] ?? 0;
    if (node.callFrame.functionName === IDLE) return;
    busy += delta;
    const name = frameName(node);
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
  });
  return { busyMs: busy / 1000, functions: topShares(byFunction, busy, count), packages: topShares(byPackage, busy, count) };
}
