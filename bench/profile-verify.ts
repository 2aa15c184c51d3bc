import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startApp, stopApp, Workspace } from './app-process';
import { saturate } from './load';
import { Machine } from './machine';
import { ProfileShare, summarizeProfile } from './cpu-profile';
import { BenchSettings } from './settings';
import { bodies, verifyTarget } from './verify-load';

function shareTable(heading: string, shares: ProfileShare[]): string {
  const rows = shares.map((share) => `| ${share.percent.toFixed(1)} % | \`${share.name.replace(/\|/g, '\\|')}\` |`);
  return [`| self time | ${heading} |`, '| ---: | --- |', ...rows].join('\n');
}

/**
 * `npm run bench -- --profile`: the app started with `--cpu-prof`, the verification load of the
 * figures (warm-up, then every round's seconds at once), then stopped; the profile's self time by
 * function and by package goes to bench/profile.md. Start-up is in the profile too (about a second
 * of the busy time).
 */
async function profiledLoad(workspace: Workspace, codes: string[], settings: BenchSettings, profileDir: string) {
  const app = await startApp(workspace, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  try {
    const target = verifyTarget({ ...app, path: '/graphql' }, bodies(codes));
    await saturate(target, settings.connections, settings.warmUpSeconds);
    return await saturate(target, settings.connections, settings.verifySeconds * settings.rounds);
  } finally {
    await stopApp(app); // the profile is written as the process exits
  }
}

export async function profileVerify(workspace: Workspace, codes: string[], settings: BenchSettings, machine: Machine): Promise<string> {
  const profileDir = join(workspace.root, 'bench', 'profiles');
  mkdirSync(profileDir, { recursive: true });
  const started = new Date().toISOString();
  const load = await profiledLoad(workspace, codes, settings, profileDir);
  const written = readdirSync(profileDir).find((name) => name.startsWith('CPU.') && name.endsWith('.cpuprofile'));
  if (!written) throw new Error('The app wrote no CPU profile');
  const kept = join(profileDir, `verify-${started.replace(/[:.]/g, '-')}.cpuprofile`);
  renameSync(join(profileDir, written), kept);
  const summary = summarizeProfile(kept);
  const markdown = [
    '# CPU profile of the app under the verification load',
    '',
    `Run ${started}, scale **${settings.scale}**, on ${machine.cpuModel} (${machine.cores} cores), Node.js ${machine.node}: ` +
      `${settings.connections} connections for ${settings.verifySeconds * settings.rounds} s after ${settings.warmUpSeconds} s of warm-up, ` +
      `${Math.round(load.requestsPerSecond).toLocaleString('en-US')} req/s under the profiler; ${(summary.busyMs / 1000).toFixed(1)} s of busy time sampled. ` +
      `The whole profile: \`bench/profiles/${basename(kept)}\` (Chrome DevTools, Performance, loads it).`,
    '',
    shareTable('package', summary.packages.slice(0, 15)),
    '',
    shareTable('function', summary.functions),
    '',
  ].join('\n');
  writeFileSync(join(workspace.root, 'bench', 'profile.md'), markdown);
  return markdown;
}
