import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Figures, Participants, Row, tableRows } from './figures';
import { Machine } from './machine';
import { BenchSettings } from './settings';
import type { Scale } from './statewide-data';

export interface Results {
  date: string;
  scale: Scale;
  machine: Machine;
  settings: BenchSettings & { poolSize: number };
  data: { participants: Participants; counts: Record<string, number> };
  figures: Figures;
  table: Row[];
}

export function results(base: Omit<Results, 'table'>): Results {
  return { ...base, table: tableRows(base.figures, base.data.participants) };
}

function markdownTable(rows: Row[]): string {
  const met = (row: Row) => (row.met === null ? '' : row.met ? 'yes' : 'no');
  const lines = rows.map((row) => `| ${row.figure} | ${row.value} | ${row.goal} | ${met(row)} |`);
  return ['| figure | value | goal | met? |', '| --- | --- | --- | --- |', ...lines].join('\n');
}

function heading({ date, scale, machine }: Results): string {
  const load = `load average ${machine.loadAverage.before} as it began, ${machine.loadAverage.after ?? '?'} as it ended`;
  return (
    `Run ${date}, scale **${scale}**, on ${machine.cpuModel} (${machine.cores} cores, ${machine.memoryGb} GB), ` +
    `Node.js ${machine.node}, ${machine.os}; ${load}.`
  );
}

function method({ scale, settings, data }: Results): string {
  const lines = [
    `Each figure is the median of ${settings.rounds} rounds, except issueCertificates (a cohort issues once: one round).`,
    `verifyCertificate: ${settings.connections} connections for ${settings.verifySeconds} s a round, anonymous, rotating over the ` +
      `certificate codes, on the app and on the raw floor in turn. The raw floor (bench/floor-server.ts) is node:http + pg with the ` +
      `app's pool size (${settings.poolSize}), answering the same JSON with the app's certificate lookup, word for word; the ` +
      `counting floor sends the app's rate-limit count (one row per client address) before it, as the app does.`,
    `Signed-in figures: one client, ${settings.progressRequests} (progress), ${settings.queueRequests} (cohort queries) and ` +
      `${settings.pageRequests} (pages) requests a round; statements from \`extensions.sqlStatements\`.`,
    `Cohorts measured: ${data.participants.small} and ${data.participants.large} participants; certificates issued to a cohort of ${data.participants.issue}.`,
  ];
  if (scale === 'small') lines.push('Small scale: a quick look. The goals are set for the full scale and an idle machine; only a full run is a figure of record.');
  return lines.map((line) => `- ${line}`).join('\n');
}

/** bench/results.json and bench/results.md in the repository; returns the table as printed. */
export function writeResults(root: string, run: Results): string {
  const table = markdownTable(run.table);
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(root, 'bench', 'results.md'), `# Benchmark results\n\n${heading(run)}\n\n${table}\n\n${method(run)}\n`);
  return `${heading(run)}\n\n${table}\n`;
}
