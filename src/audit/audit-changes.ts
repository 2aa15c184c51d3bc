/** One field of a record as an audit event saw it change: absent `before` means it was set, absent `after` that it went. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

type Snapshot = Record<string, unknown> | null;

/** A value as one line of text: strings as they are, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? 'null';
}

/**
 * What an event's before and after say changed, field by field in the order the record lists them:
 * for a new record every field it was given, for a removed one every field it had, for an edit only
 * the fields whose value differs.
 */
export function changesOf(before: Snapshot, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return fields.flatMap((field) => {
    const had = before !== null && field in before;
    const has = after !== null && field in after;
    if (had && has && shown(before[field]) === shown(after[field])) return [];
    return [{ field, ...(had ? { before: shown(before[field]) } : {}), ...(has ? { after: shown(after[field]) } : {}) }];
  });
}
