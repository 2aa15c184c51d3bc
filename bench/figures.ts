import type { IssueFigures } from './issue-certificates';
import type { LatencyFigures, QueryFigures } from './signed-in-reads';
import type { ServerVerifyFigures, VerifyFigures } from './verify-load';

/** Everything one run measured, in milliseconds, bytes and requests per second. */
export interface Figures {
  dataGenerationSeconds: number;
  coldStart: { ms: number; roundsMs: number[] };
  verify: VerifyFigures;
  progress: LatencyFigures;
  cohortProgress: { small: QueryFigures; large: QueryFigures };
  gradingQueue: { small: QueryFigures; large: QueryFigures };
  journalPage: LatencyFigures;
  gradingPage: LatencyFigures;
  issueCertificates: IssueFigures;
}

/** Participants of the cohorts measured, as counted in the database. */
export interface Participants {
  large: number;
  small: number;
  issue: number;
}

/** A line of the table: a figure, what it came to, the issue's goal beside it, and whether it was met (null: no goal). */
export interface Row {
  figure: string;
  value: string;
  goal: string;
  met: boolean | null;
}

const MB = 2 ** 20;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')} req/s`;
const count = (value: number) => value.toLocaleString('en-US');

/**
 * The goal's floor runs the app's own statements (the rate-limit count, then the lookup), as the
 * issue asks: the same SQL. The floor with the lookup alone is shown beside it.
 */
function verifyRows({ app, floor, countedFloor, ceilings, ratio, countedRatio }: VerifyFigures): Row[] {
  const threeWays = (value: (figures: VerifyFigures['app']) => number, unit: string) =>
    `${value(app).toFixed(2)} / ${value(countedFloor).toFixed(2)} / ${value(floor).toFixed(2)} ${unit}`;
  return [
    { figure: 'verifyCertificate throughput, app', value: perSecond(app.requestsPerSecond), goal: '', met: null },
    { figure: "verifyCertificate throughput, raw floor with the app's statements (rate-limit count, lookup)", value: perSecond(countedFloor.requestsPerSecond), goal: '', met: null },
    { figure: "verify throughput / raw floor with the app's statements", value: countedRatio.toFixed(2), goal: '≥ 0.6', met: countedRatio >= 0.6 },
    {
      figure: 'verifyCertificate throughput, raw floor with the lookup alone (app / it)',
      value: `${perSecond(floor.requestsPerSecond)} (${ratio.toFixed(2)})`,
      goal: '',
      met: null,
    },
    { figure: 'verifyCertificate p95, app / floor with its statements / lookup alone', value: threeWays((figures) => figures.p95Ms, 'ms'), goal: '', met: null },
    { figure: 'CPU per verification, app / floor with its statements / lookup alone', value: threeWays((figures) => figures.cpuMsPerRequest, 'ms'), goal: '', met: null },
    {
      figure: 'peak RSS under the verify load (raw floor beside)',
      value: `${Math.round(app.peakRssBytes / MB)} MB (${Math.round(countedFloor.peakRssBytes / MB)} MB)`,
      goal: '≤ 250 MB',
      met: app.peakRssBytes <= 250 * MB,
    },
    ceilingRow('Express', ceilings.express, countedFloor),
    ceilingRow('Fastify', ceilings.fastify, countedFloor),
  ];
}

/** What the framework alone reaches with the same statements: the most the app could, before any work of its own. */
function ceilingRow(platform: string, ceiling: ServerVerifyFigures, countedFloor: ServerVerifyFigures): Row {
  const ratio = ceiling.requestsPerSecond / countedFloor.requestsPerSecond;
  return {
    figure: `bare NestJS + Apollo on ${platform}, the same statements: throughput (/ raw floor), CPU per verification, peak RSS`,
    value: `${perSecond(ceiling.requestsPerSecond)} (${ratio.toFixed(2)}), ${ceiling.cpuMsPerRequest.toFixed(2)} ms, ${Math.round(ceiling.peakRssBytes / MB)} MB`,
    goal: '',
    met: null,
  };
}

function statementsRow(name: string, { small, large }: { small: QueryFigures; large: QueryFigures }, participants: Participants): Row {
  return {
    figure: `${name} statements per request, ${participants.small} vs ${participants.large} participants`,
    value: `${small.statements} vs ${large.statements}`,
    goal: 'equal, ≤ 4',
    met: small.statements === large.statements && large.statements <= 4,
  };
}

function cohortRows(figures: Figures, participants: Participants): Row[] {
  const { cohortProgress, gradingQueue } = figures;
  const sizes = `${participants.small} / ${participants.large}`;
  return [
    { figure: `progress(cohortId, userId) p50 / p95, one client`, value: `${ms(figures.progress.p50Ms)} / ${ms(figures.progress.p95Ms)}`, goal: 'p95 ≤ 6 ms', met: figures.progress.p95Ms <= 6 },
    {
      figure: `cohortProgress p95, ${sizes} participants`,
      value: `${ms(cohortProgress.small.p95Ms)} / ${ms(cohortProgress.large.p95Ms)}`,
      goal: '≤ 40 ms (500)',
      met: cohortProgress.large.p95Ms <= 40,
    },
    {
      figure: `gradingQueue p95, ${sizes}-person cohort`,
      value: `${ms(gradingQueue.small.p95Ms)} / ${ms(gradingQueue.large.p95Ms)}`,
      goal: '≤ 25 ms (500)',
      met: gradingQueue.large.p95Ms <= 25,
    },
    statementsRow('cohortProgress', cohortProgress, participants),
    statementsRow('gradingQueue', gradingQueue, participants),
  ];
}

function otherRows(figures: Figures, participants: Participants): Row[] {
  const issue = figures.issueCertificates;
  return [
    { figure: 'journal page p95 (participant)', value: ms(figures.journalPage.p95Ms), goal: '', met: null },
    { figure: `grading page p95 (faculty, ${participants.large}-person cohort)`, value: ms(figures.gradingPage.p95Ms), goal: '', met: null },
    { figure: `issueCertificates for ${count(issue.issued)}`, value: seconds(issue.ms), goal: '≤ 2 s (1,000)', met: issue.ms <= 2000 },
    { figure: 'cold start, initialised data', value: seconds(figures.coldStart.ms), goal: '≤ 2 s', met: figures.coldStart.ms <= 2000 },
    { figure: 'statewide data generated', value: seconds(figures.dataGenerationSeconds * 1000), goal: '< 60 s', met: figures.dataGenerationSeconds < 60 },
  ];
}

/** The figures beside the issue's goals, in the order the issue lists them. */
export function tableRows(figures: Figures, participants: Participants): Row[] {
  return [...verifyRows(figures.verify), ...cohortRows(figures, participants), ...otherRows(figures, participants)];
}
