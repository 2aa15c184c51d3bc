/**
 * Raw SQL lives in `*.queries.ts` files as named sets: `defineQueries('demo', { signIns: `…` })`.
 * Every set is also rendered to `queries/<name>.sql` (query-set.spec.ts fails while a rendered
 * file is out of date; `npm run queries:update` rewrites them), so a change to a query reads in
 * review as a diff of plain SQL. Parameters are positional only: $1, $2, … in the order passed.
 *
 * Start each query on the line after the backtick and indent it as a block: the rendered file
 * keeps its layout, less the common indentation.
 */
export type Queries = Record<string, string>;

export interface QuerySet {
  name: string;
  queries: Readonly<Queries>;
}

/** Names become file names under queries/. */
const SET_NAME = /^[a-z][a-z0-9-]*$/;
const QUERY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export class QuerySetRegistry {
  private readonly sets = new Map<string, QuerySet>();

  /** Records the set under its name and returns the same record, typed. */
  define<Q extends Queries>(name: string, queries: Q): Q {
    if (!SET_NAME.test(name)) throw new Error(`Query set name "${name}" must be lower-case words joined by dashes`);
    const existing = this.sets.get(name);
    if (existing && existing.queries !== queries) throw new Error(`Query set "${name}" is defined twice`);
    for (const key of Object.keys(queries)) {
      if (!QUERY_NAME.test(key)) throw new Error(`Query "${name}.${key}" needs a camelCase name`);
    }
    this.sets.set(name, { name, queries });
    return queries;
  }

  /** Every set defined so far, by name. */
  all(): QuerySet[] {
    return [...this.sets.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

const registry = new QuerySetRegistry();

/** Declares a named set of raw SQL queries; see the top of this file. */
export function defineQueries<Q extends Queries>(name: string, queries: Q): Q {
  return registry.define(name, queries);
}

/** The sets of every `*.queries.ts` module loaded so far. */
export function registeredQuerySets(): QuerySet[] {
  return registry.all();
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The query as it is rendered: line endings `\n`, no trailing spaces, no blank lines around it,
 * runs of blank lines made one, and the block's common indentation removed. Text right after
 * the opening backtick has no indentation of its own, so it does not count towards the common one.
 */
export function normalizeSql(sql: string): string {
  const lines = sql.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  const first = lines[0] ? lines.shift()!.trim() : null;
  const indent = Math.min(...lines.filter((line) => line).map(indentOf));
  const body = lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0));
  if (first !== null) body.unshift(first);
  return body
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** SQL text outside string literals, quoted identifiers and comments, where parameters can be. */
function codeOnly(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
}

/** What breaks the one parameter style: named placeholders (`:name`) and gaps in $1…$n. */
export function parameterProblems(sql: string): string[] {
  const code = codeOnly(sql);
  const problems: string[] = [];
  const named = [...new Set(code.match(/(?<![:\w]):[A-Za-z_]\w*/g) ?? [])];
  if (named.length) problems.push(`named parameters ${named.join(', ')}: use positional $1, $2, …`);
  const numbers = new Set([...code.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const highest = Math.max(0, ...numbers);
  const missing = Array.from({ length: highest }, (_, index) => index + 1).filter((n) => !numbers.has(n));
  if (missing.length) problems.push(`parameters ${missing.map((n) => `$${n}`).join(', ')} are never used (number them $1…$n without gaps)`);
  return problems;
}

/** The text of queries/<name>.sql: a header naming the source, then each query under `-- name: <key>`. */
export function renderQuerySet(set: QuerySet, source: string): string {
  const header = `-- Rendered from ${source} (defineQueries '${set.name}') by \`npm run queries:update\`; edit the queries there.\n`;
  const queries = Object.entries(set.queries).map(([key, sql]) => {
    const text = normalizeSql(sql);
    return `-- name: ${key}\n${text}${text.endsWith(';') ? '' : ';'}\n`;
  });
  return [header, ...queries].join('\n');
}
