import { InvalidLiteral } from './invalid-literal';
import { unsafeTextProblem } from './text-rules';

type Problems = Record<string, string>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  // graphql-js builds argument objects without a prototype.
  return prototype === null || prototype === Object.prototype;
}

function visit(value: unknown, path: string, problems: Problems): void {
  if (typeof value === 'string') {
    const problem = unsafeTextProblem(value);
    if (problem) problems[path] ??= problem;
  } else if (value instanceof InvalidLiteral) {
    problems[path] ??= value.reason;
  } else if (Array.isArray(value)) {
    // An object in a list is named by its index (`entries.1.userId`); a string by its list, as class-validator does.
    value.forEach((item, index) => visit(item, isPlainObject(item) ? `${path}.${index}` : path, problems));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key, problems);
  }
}

/**
 * What is wrong with one GraphQL argument, by field: text that is not text (NUL, a lone surrogate)
 * anywhere in it, and inline scalar literals our scalars refused. Fields of an input object are
 * named as in validation errors (`body`, `entries.1.userId`); any other argument by its own name.
 */
export function argumentProblems(value: unknown, argumentName = ''): Problems {
  const problems: Problems = {};
  visit(value, isPlainObject(value) ? '' : argumentName, problems);
  return problems;
}
