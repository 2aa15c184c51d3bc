/** A cohort's modules in curriculum order: positions 1, 2, 3… with none shared. */

/** The order after moving `moduleId` to `position` (from 1): the modules it passes shift by one. */
export function movedTo(order: readonly string[], moduleId: string, position: number): string[] {
  const rest = order.filter((id) => id !== moduleId);
  return [...rest.slice(0, position - 1), moduleId, ...rest.slice(position - 1)];
}

/** Why `requested` is not a full order of the cohort's modules (`current`), or null when it is one. */
export function fullOrderProblem(current: readonly string[], requested: readonly string[]): string | null {
  const known = new Set(current);
  if (requested.some((id) => !known.has(id))) return 'must be modules of this cohort';
  if (new Set(requested).size !== requested.length) return 'must name each module once';
  if (requested.length !== current.length) return `must name every module of the cohort (${current.length})`;
  return null;
}

/**
 * The modules whose stored position differs from their place in `order`, with both positions. Positions
 * stored with gaps or shared (as createModule allows) count as changed when the order makes them 1, 2, 3…
 */
export function positionChanges(stored: readonly { id: string; position: number }[], order: readonly string[]): { id: string; from: number; to: number }[] {
  const from = new Map(stored.map((module) => [module.id, module.position]));
  return order.flatMap((id, index) => (from.get(id) === index + 1 ? [] : [{ id, from: from.get(id)!, to: index + 1 }]));
}
