import { readFileSync, writeFileSync } from 'node:fs';
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
    `The service runs as the README's production checklist sets it: NODE_ENV=production with its secrets, the heap unbounded.`,
    `verifyCertificate: ${settings.connections} connections for ${settings.verifySeconds} s a round, anonymous, rotating over the ` +
      `certificate codes, on the app and on the raw floor in turn. The raw floor (bench/floor-server.ts) is node:http + pg with the ` +
      `app's pool size (${settings.poolSize}), answering the same JSON with the app's statements, word for word: the rate-limit ` +
      `count (one row per client address), then the certificate lookup; the same floor is also measured with the lookup alone. ` +
      `The framework's ceiling (bench/ceiling-server.ts) is a bare NestJS app with the Apollo driver, on Express and on Fastify, ` +
      `whose one resolver sends the same statements through pg: no guards, pipes, security headers, request log or query limits.`,
    `Signed-in figures: one client, ${settings.progressRequests} (progress), ${settings.queueRequests} (cohort queries) and ` +
      `${settings.pageRequests} (pages) requests a round; statements from \`extensions.sqlStatements\`.`,
    `Cohorts measured: ${data.participants.small} and ${data.participants.large} participants; certificates issued to a cohort of ${data.participants.issue}.`,
  ];
  if (scale === 'small') lines.push('Small scale: a quick look. The goals are set for the full scale and an idle machine; only a full run is a figure of record.');
  return lines.map((line) => `- ${line}`).join('\n');
}

const README_START = '<!-- bench results: written by npm run bench -->';
const README_END = '<!-- end of bench results -->';

/** A full run's table goes into the README between its markers: the README always shows the latest figures of record. */
function updateReadme(root: string, block: string): void {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const [start, end] = [readme.indexOf(README_START), readme.indexOf(README_END)];
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  writeFileSync(path, `${readme.slice(0, start + README_START.length)}\n${block}\n${readme.slice(end)}`);
}

/** bench/results.json and bench/results.md (and after a full run the README); returns the table as printed. */
export function writeResults(root: string, run: Results): string {
  const table = markdownTable(run.table);
  const block = `${heading(run)}\n\n${table}\n\n${method(run)}\n`;
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(root, 'bench', 'results.md'), `# Benchmark results\n\n${block}`);
  if (run.scale === 'full') updateReadme(root, block);
  return `${heading(run)}\n\n${table}\n`;
}
