import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { normalizeSql, parameterProblems, QuerySet, QuerySetRegistry, registeredQuerySets, renderQuerySet } from './query-set';

const ROOT = join(__dirname, '..', '..');
const QUERIES_DIR = join(ROOT, 'queries');
const UPDATE = process.env.UPDATE_QUERIES === '1';

/** Every src/**\/*.queries.ts, loaded in path order; each set is attributed to the file that defined it. */
function loadQuerySets(): { set: QuerySet; source: string }[] {
  const files = (readdirSync(join(ROOT, 'src'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.queries.ts'))
    .map((file) => join(ROOT, 'src', file))
    .sort();
  const loaded: { set: QuerySet; source: string }[] = [];
  for (const file of files) {
    const before = new Set(registeredQuerySets().map((set) => set.name));
    require(file);
    const source = relative(ROOT, file).split(sep).join('/');
    for (const set of registeredQuerySets()) if (!before.has(set.name)) loaded.push({ set, source });
  }
  return loaded;
}

describe('query sets rendered to queries/', () => {
  const loaded = loadQuerySets();

  it('has every set rendered, current, and nothing else in queries/', () => {
    const expected = new Map(loaded.map(({ set, source }) => [`${set.name}.sql`, renderQuerySet(set, source)]));
    const present = existsSync(QUERIES_DIR) ? readdirSync(QUERIES_DIR) : [];
    if (UPDATE) {
      mkdirSync(QUERIES_DIR, { recursive: true });
      for (const file of present) if (!expected.has(file)) rmSync(join(QUERIES_DIR, file), { recursive: true });
      for (const [file, text] of expected) writeFileSync(join(QUERIES_DIR, file), text);
      return;
    }
    const problems = [
      ...[...expected].flatMap(([file, text]) => {
        const path = join(QUERIES_DIR, file);
        if (!existsSync(path)) return [`queries/${file} is missing`];
        return readFileSync(path, 'utf8') === text ? [] : [`queries/${file} differs from its query set`];
      }),
      ...present.filter((file) => !expected.has(file)).map((file) => `queries/${file} comes from no query set (stale)`),
    ];
    if (problems.length) problems.push('run `npm run queries:update` and commit the result');
    expect(problems).toEqual([]);
  });

  it('uses positional parameters only ($1…$n, no gaps)', () => {
    const problems = loaded.flatMap(({ set }) =>
      Object.entries(set.queries).flatMap(([key, sql]) => parameterProblems(sql).map((problem) => `${set.name}.${key}: ${problem}`)),
    );
    expect(problems).toEqual([]);
  });
});

describe('defineQueries', () => {
  it('returns the very record it was given and registers it under its name', () => {
    const registry = new QuerySetRegistry();
    const queries = { byId: 'SELECT 1 WHERE $1::int = 1' };
    expect(registry.define('example', queries)).toBe(queries);
    expect(registry.all()).toEqual([{ name: 'example', queries }]);
  });

  it('refuses a second set of the same name, and names that cannot be file names', () => {
    const registry = new QuerySetRegistry();
    registry.define('example', { one: 'SELECT 1' });
    expect(() => registry.define('example', { two: 'SELECT 2' })).toThrow('defined twice');
    expect(() => registry.define('../escape', { one: 'SELECT 1' })).toThrow('lower-case');
    expect(() => registry.define('fine', { 'not a name': 'SELECT 1' })).toThrow('camelCase');
  });
});

describe('normalizeSql', () => {
  it('removes the block indentation, trailing spaces and surrounding blank lines', () => {
    const sql = `
        SELECT a,   
               b
          FROM t


         WHERE a = $1
    `;
    expect(normalizeSql(sql)).toBe('SELECT a,\n       b\n  FROM t\n\n WHERE a = $1');
  });

  it('does not count the text right after the backtick towards the indentation', () => {
    expect(normalizeSql('SELECT a\n          FROM t\n         WHERE a = $1')).toBe('SELECT a\n FROM t\nWHERE a = $1');
  });

  it('renders the same text whatever the line endings', () => {
    expect(normalizeSql('\r\n  SELECT 1\r\n    FROM t\r\n')).toBe('SELECT 1\n  FROM t');
  });
});

describe('parameterProblems', () => {
  it('accepts positional parameters and casts', () => {
    expect(parameterProblems("SELECT $1::uuid, $2, '12:30', x[1:2] FROM t WHERE a = $1")).toEqual([]);
  });

  it('finds named parameters outside literals and comments', () => {
    expect(parameterProblems("SELECT ':ok' -- :fine\nFROM t WHERE id = :id")).toEqual([expect.stringContaining(':id')]);
  });

  it('finds gaps in the numbering', () => {
    expect(parameterProblems('SELECT $1, $3')).toEqual([expect.stringContaining('$2')]);
  });
});

describe('renderQuerySet', () => {
  it('puts each query under a -- name: comment, terminated once', () => {
    const text = renderQuerySet({ name: 'example', queries: { first: '\n  SELECT 1\n', second: 'SELECT 2;' } }, 'src/x/example.queries.ts');
    expect(text.split('\n').slice(1).join('\n')).toBe('\n-- name: first\nSELECT 1;\n\n-- name: second\nSELECT 2;\n');
  });
});
