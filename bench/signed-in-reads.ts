import { GraphQL, graphqlHeaders } from './clients';
import { HttpTarget, sequential } from './load';
import { BenchSettings } from './settings';
import { inRounds, median } from './stats';

const PROGRESS_QUERY =
  'query Progress($cohortId: ID!, $userId: ID) { progress(cohortId: $cohortId, userId: $userId) ' +
  '{ eligible withdrawnOn requirements { requirementId kind label threshold achieved met waived } } }';
const COHORT_PROGRESS_QUERY =
  'query CohortProgress($cohortId: ID!) { cohortProgress(cohortId: $cohortId, first: 500) ' +
  '{ user { id fullName } eligible withdrawnOn requirements { requirementId kind threshold achieved met waived } } }';
const GRADING_QUEUE_QUERY =
  'query GradingQueue($cohortId: ID!) { gradingQueue(cohortId: $cohortId, first: 500) ' +
  '{ id status submittedAt late participant { id fullName } assignment { id title dueAt } } }';

export interface LatencyFigures {
  p50Ms: number;
  p95Ms: number;
  rounds: { p50Ms: number; p95Ms: number }[];
}

export interface QueryFigures extends LatencyFigures {
  statements: number;
}

/** A signed-in GraphQL call as the target of a sequential load. */
function graphqlTarget(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): HttpTarget {
  return {
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers: graphqlHeaders(token),
    body: JSON.stringify({ query, variables }),
    accept: (body) => body.startsWith('{"data":') && !body.includes('"errors":'),
  };
}

function pageTarget(baseUrl: string, path: string, sessionCookie: string): HttpTarget {
  return { url: `${baseUrl}${path}`, method: 'GET', headers: { cookie: sessionCookie } };
}

/** One client, request after request: the median over the rounds of each round's p50 and p95, after a warm-up. */
async function latency(target: HttpTarget, requests: number, settings: BenchSettings): Promise<LatencyFigures> {
  await sequential(target, settings.warmUpRequests);
  const rounds = (await inRounds(settings.rounds, () => sequential(target, requests))).map(({ p50Ms, p95Ms }) => ({ p50Ms, p95Ms }));
  return { p50Ms: median(rounds.map((figures) => figures.p50Ms)), p95Ms: median(rounds.map((figures) => figures.p95Ms)), rounds };
}

/** SQL statements the app sent for one request (`extensions.sqlStatements`, counted per request). */
async function statementsPerRequest(graphql: GraphQL, query: string, variables: Record<string, unknown>, token: string): Promise<number> {
  const { extensions } = await graphql(query, variables, token);
  if (extensions?.sqlStatements === undefined) throw new Error('The app does not expose statement counts (EXPOSE_SQL_STATEMENT_COUNT)');
  return extensions.sqlStatements;
}

export function measureProgress(baseUrl: string, token: string, cohortId: string, userId: string, settings: BenchSettings): Promise<LatencyFigures> {
  return latency(graphqlTarget(baseUrl, token, PROGRESS_QUERY, { cohortId, userId }), settings.progressRequests, settings);
}

async function measureCohortQuery(graphql: GraphQL, baseUrl: string, token: string, query: string, cohortId: string, settings: BenchSettings): Promise<QueryFigures> {
  const statements = await statementsPerRequest(graphql, query, { cohortId }, token);
  return { ...(await latency(graphqlTarget(baseUrl, token, query, { cohortId }), settings.queueRequests, settings)), statements };
}

/** cohortProgress for the whole cohort, as its faculty. */
export function measureCohortProgress(graphql: GraphQL, baseUrl: string, token: string, cohortId: string, settings: BenchSettings): Promise<QueryFigures> {
  return measureCohortQuery(graphql, baseUrl, token, COHORT_PROGRESS_QUERY, cohortId, settings);
}

/** gradingQueue of the cohort, as its faculty. */
export function measureGradingQueue(graphql: GraphQL, baseUrl: string, token: string, cohortId: string, settings: BenchSettings): Promise<QueryFigures> {
  return measureCohortQuery(graphql, baseUrl, token, GRADING_QUEUE_QUERY, cohortId, settings);
}

/** A page of the web app, with the browser session of whoever signed in. */
export function measurePage(baseUrl: string, path: string, sessionCookie: string, settings: BenchSettings): Promise<LatencyFigures> {
  return latency(pageTarget(baseUrl, path, sessionCookie), settings.pageRequests, settings);
}
