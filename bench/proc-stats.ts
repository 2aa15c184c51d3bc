import { readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks; USER_HZ is 100 on every Linux the app runs on. */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 50;

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]) * 1024;
}

/** The process's peak resident set so far (VmHWM), in bytes. */
export function peakRss(pid: number): number {
  return statusField(pid, 'VmHWM');
}

/** User and system CPU time the process has used, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Samples VmRSS while a load runs; `stop` gives the highest seen, in bytes. */
export function sampleRss(pid: number): { stop(): number } {
  let highest = statusField(pid, 'VmRSS');
  const timer = setInterval(() => {
    highest = Math.max(highest, statusField(pid, 'VmRSS'));
  }, SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(highest, statusField(pid, 'VmRSS'));
    },
  };
}
