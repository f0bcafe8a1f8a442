/**
 * An audit event's `changes` ({ before, after }) as rows a person can read: each field that
 * differs, with its value before and after. Unchanged fields are left out.
 */
export interface ChangeRow {
  field: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as text: nothing is a dash, objects and lists as compact JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return '—';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

export function changeRows(changes: unknown): ChangeRow[] {
  if (!isRecord(changes)) {
    return [];
  }
  const hasBeforeAfter = 'before' in changes || 'after' in changes;
  if (!hasBeforeAfter) {
    // Not a diff: show what was recorded as "after".
    return Object.keys(changes).map((field) => ({
      field,
      before: '—',
      after: displayValue(changes[field]),
    }));
  }
  const before = isRecord(changes.before) ? changes.before : {};
  const after = isRecord(changes.after) ? changes.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .map((field) => ({
      field,
      before: displayValue(before[field]),
      after: displayValue(after[field]),
    }))
    .filter((row) => row.before !== row.after);
}
