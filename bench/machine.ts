import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** The 1-minute load average as the run began and as it ended: a busy machine shows here. */
  loadAverage: { before: number; after?: number };
}

export function describeMachine(): Machine {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverage: { before: currentLoad() },
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
