import { Answer } from './call-oracle';
import { FuzzCall } from './fuzz-call';

interface Failure {
  problem: string;
  example: string;
  count: number;
}

/** The calls made per mutation, how many succeeded, and each distinct failure with its first example. */
export class Tally {
  readonly calls = new Map<string, number>();
  readonly successes = new Map<string, number>();
  /** How the calls were answered: `ok` or the first error's code. */
  private readonly outcomes = new Map<string, number>();
  private readonly failures = new Map<string, Failure>();

  record(call: FuzzCall, answer: Answer, problems: string[]): void {
    const name = call.mutation.name;
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    if (answer.body && !answer.body.errors?.length) this.successes.set(name, (this.successes.get(name) ?? 0) + 1);
    const outcome = answer.body?.errors?.[0]?.extensions?.code ?? (answer.body?.errors ? 'no code' : 'ok');
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    for (const problem of problems) {
      const key = `${name} ${problemShape(problem)}`;
      const known = this.failures.get(key);
      if (known) known.count += 1;
      else this.failures.set(key, { problem, example: String(call), count: 1 });
    }
  }

  get total(): number {
    return [...this.calls.values()].reduce((sum, n) => sum + n, 0);
  }

  get succeeded(): number {
    return [...this.successes.values()].reduce((sum, n) => sum + n, 0);
  }

  distinctFailures(): Failure[] {
    return [...this.failures.values()];
  }

  report(): string {
    const coverage = [...this.calls.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, n]) => `${name}: ${n} calls, ${this.successes.get(name) ?? 0} succeeded`);
    const failures = this.distinctFailures().map((failure) => `${failure.count}× ${failure.problem}\n   e.g. ${failure.example}`);
    const outcomes = [...this.outcomes.entries()].map(([outcome, n]) => `${outcome} ${n}`).join(', ');
    return [`${this.total} calls, ${this.succeeded} succeeded; answers: ${outcomes}`, ...coverage, '', `${failures.length} distinct failures`, ...failures].join('\n');
  }
}

/** A problem without the names and numbers it quotes, so failures that differ only in those count as one. */
function problemShape(problem: string): string {
  return problem
    .replace(/Field "[\s\S]*?" (?=of required type|is not defined by type)/g, 'Field "…" ')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N');
}
