import type { BenchPerson } from './statewide-data';

export interface GraphQLAnswer {
  data: Record<string, any>;
  extensions?: { sqlStatements?: number };
}

/** A GraphQL call as a client script makes it; an answer with errors throws. */
export type GraphQL = (query: string, variables?: Record<string, unknown>, token?: string) => Promise<GraphQLAnswer>;

export function graphqlHeaders(token?: string): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** Calls to `endpoint`, the app's /graphql unless another is named. */
export function graphqlClient(baseUrl: string, endpoint = '/graphql'): GraphQL {
  return async (query, variables = {}, token) => {
    const response = await fetch(`${baseUrl}${endpoint}`, { method: 'POST', headers: graphqlHeaders(token), body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as GraphQLAnswer & { errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL answered errors: ${JSON.stringify(body.errors)}`);
    return body;
  };
}

/** An access token, from the `login` mutation. */
export async function logIn(graphql: GraphQL, person: Pick<BenchPerson, 'email' | 'password'>): Promise<string> {
  const { data } = await graphql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: person.email, password: person.password },
  });
  return data.login.accessToken as string;
}

function cookie(response: Response, name: string): string {
  const set = response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`));
  if (!set) throw new Error(`${response.url}: no ${name} cookie was set (status ${response.status})`);
  return set.split(';')[0];
}

/**
 * Signs in through the pages as a browser does: the sign-in page sets the form's CSRF cookie and
 * carries the same token in the form, the post answers 303 with the session cookie. Returns the
 * Cookie header the following pages are requested with.
 */
export async function signInToPages(baseUrl: string, person: BenchPerson): Promise<string> {
  const page = await fetch(`${baseUrl}/`, { redirect: 'manual' });
  const formCookie = cookie(page, 'iecmhc_form');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error('The sign-in page carries no CSRF token');
  const form = new URLSearchParams({ _csrf: csrf, next: '/home', email: person.email, password: person.password });
  const signedIn = await fetch(`${baseUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: formCookie },
    body: form,
  });
  if (signedIn.status !== 303) throw new Error(`Signing in ${person.email} through the pages answered ${signedIn.status}`);
  return cookie(signedIn, 'iecmhc_session');
}
