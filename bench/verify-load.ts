import { isDeepStrictEqual } from 'node:util';
import { graphqlClient } from './clients';
import type { CeilingPlatform } from './comparison-servers';
import { HttpTarget, LoadFigures, saturate } from './load';
import { cpuMs, peakRss, sampleRss } from './proc-stats';
import { BenchSettings } from './settings';
import { inRounds, median } from './stats';

/** What an employer's script asks of a code, anonymously. */
const VERIFY_QUERY =
  'query Verify($code: String!) { verifyCertificate(code: $code) ' +
  '{ valid status code holderName programName cohortName issuedAt contactMinutes revokedAt revocationReason } }';
const ANSWER_START = '{"data":{"verifyCertificate":{';
/** Codes compared between the app and the floor before any load. */
const COMPARED_CODES = 5;

export interface Server {
  pid: number;
  baseUrl: string;
}

/** Where a verification load goes, and the process answering it (for its CPU time and memory). */
export interface Endpoint {
  pid: number;
  baseUrl: string;
  path: string;
}

export interface VerifyRound extends LoadFigures {
  cpuMsPerRequest: number;
  highestRssBytes: number;
}

export interface ServerVerifyFigures {
  requestsPerSecond: number;
  p95Ms: number;
  cpuMsPerRequest: number;
  /** VmHWM once the load is over: the process's peak resident set. */
  peakRssBytes: number;
  rounds: VerifyRound[];
}

export interface VerifyFigures {
  app: ServerVerifyFigures;
  /** The certificate lookup alone. */
  floor: ServerVerifyFigures;
  /** The lookup after the rate-limit count, as the app sends both: the floor of the goal. */
  countedFloor: ServerVerifyFigures;
  /** A bare NestJS + Apollo app sending the same statements, on Express and on Fastify. */
  ceilings: Record<CeilingPlatform, ServerVerifyFigures>;
  /** App throughput / floor throughput, of the medians. */
  ratio: number;
  countedRatio: number;
}

/** The servers the app is compared with, all on the app's database. */
export interface ComparedServers {
  floor: Server;
  ceilings: Record<CeilingPlatform, Server>;
}

type Loaded = 'app' | 'floor' | 'countedFloor' | 'expressCeiling' | 'fastifyCeiling';

export function bodies(codes: string[]): string[] {
  return codes.map((code) => JSON.stringify({ operationName: 'Verify', query: VERIFY_QUERY, variables: { code } }));
}

/** Each request verifies the next code, round the list. */
export function verifyTarget(endpoint: Endpoint, requestBodies: string[]): HttpTarget {
  let next = 0;
  return {
    url: `${endpoint.baseUrl}${endpoint.path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    nextBody: () => requestBodies[next++ % requestBodies.length],
    accept: (body) => body.startsWith(ANSWER_START),
  };
}

/** What the app is compared with must answer what the app answers, or the comparison means nothing. */
async function checkSameAnswers(app: Endpoint, other: Endpoint, codes: string[]): Promise<void> {
  const [appGraphql, otherGraphql] = [graphqlClient(app.baseUrl, app.path), graphqlClient(other.baseUrl, other.path)];
  for (const code of codes.slice(0, COMPARED_CODES)) {
    const [fromApp, fromOther] = await Promise.all([appGraphql(VERIFY_QUERY, { code }), otherGraphql(VERIFY_QUERY, { code })]);
    if (fromApp.data.verifyCertificate.status !== 'VALID') throw new Error(`Certificate ${code} does not verify through the app`);
    if (!isDeepStrictEqual(fromApp.data, fromOther.data)) {
      throw new Error(`${other.baseUrl}${other.path} answers ${code} otherwise than the app: ${JSON.stringify(fromOther.data)} vs ${JSON.stringify(fromApp.data)}`);
    }
  }
}

async function round(endpoint: Endpoint, target: HttpTarget, settings: BenchSettings): Promise<VerifyRound> {
  const cpuBefore = cpuMs(endpoint.pid);
  const rss = sampleRss(endpoint.pid);
  const figures = await saturate(target, settings.connections, settings.verifySeconds);
  const highestRssBytes = rss.stop();
  return { ...figures, cpuMsPerRequest: (cpuMs(endpoint.pid) - cpuBefore) / figures.requests, highestRssBytes };
}

function summary(endpoint: Endpoint, rounds: VerifyRound[]): ServerVerifyFigures {
  return {
    requestsPerSecond: median(rounds.map((figures) => figures.requestsPerSecond)),
    p95Ms: median(rounds.map((figures) => figures.p95Ms)),
    cpuMsPerRequest: median(rounds.map((figures) => figures.cpuMsPerRequest)),
    peakRssBytes: peakRss(endpoint.pid),
    rounds,
  };
}

/**
 * verifyCertificate under load on the app, the floor's two endpoints and the two ceilings, their
 * rounds taken in turn so that whatever else the machine does weighs on all alike; each warmed up first.
 */
export async function measureVerify(app: Server, compared: ComparedServers, codes: string[], settings: BenchSettings): Promise<VerifyFigures> {
  const endpoints: Record<Loaded, Endpoint> = {
    app: { ...app, path: '/graphql' },
    floor: { ...compared.floor, path: '/graphql' },
    countedFloor: { ...compared.floor, path: '/graphql/counted' },
    expressCeiling: { ...compared.ceilings.express, path: '/graphql' },
    fastifyCeiling: { ...compared.ceilings.fastify, path: '/graphql' },
  };
  const loaded = Object.keys(endpoints) as Loaded[];
  for (const name of loaded.filter((name) => name !== 'app')) await checkSameAnswers(endpoints.app, endpoints[name], codes);
  const requestBodies = bodies(codes);
  const targets = Object.fromEntries(loaded.map((name) => [name, verifyTarget(endpoints[name], requestBodies)])) as Record<Loaded, HttpTarget>;
  for (const name of loaded) await saturate(targets[name], settings.connections, settings.warmUpSeconds);
  const rounds = Object.fromEntries(loaded.map((name) => [name, [] as VerifyRound[]])) as Record<Loaded, VerifyRound[]>;
  await inRounds(settings.rounds, async () => {
    for (const name of loaded) rounds[name].push(await round(endpoints[name], targets[name], settings));
  });
  const figures = Object.fromEntries(loaded.map((name) => [name, summary(endpoints[name], rounds[name])])) as Record<Loaded, ServerVerifyFigures>;
  return {
    app: figures.app,
    floor: figures.floor,
    countedFloor: figures.countedFloor,
    ceilings: { express: figures.expressCeiling, fastify: figures.fastifyCeiling },
    ratio: figures.app.requestsPerSecond / figures.floor.requestsPerSecond,
    countedRatio: figures.app.requestsPerSecond / figures.countedFloor.requestsPerSecond,
  };
}
