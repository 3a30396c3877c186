/**
 * What an audit event changed, read from its before/after snapshots. Only fields whose value differs are
 * listed; a JSON object field (a localized text, translation states) is compared key by key, so a change
 * to the French title shows as that one language rather than the whole object.
 */

export interface FieldChange {
  field: string;
  /** The key inside an object field: a language ("fr") or a state key ("title.fr"); null for plain values. */
  key: string | null;
  before: unknown;
  after: unknown;
}

// Bookkeeping that changes with every write and says nothing to a reader; and a secret no page may show.
const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "passwordHash"]);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === "";

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the order the keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  return canonical(a) === canonical(b);
}

function unionKeys(a: JsonObject, b: JsonObject): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

export function diffAudit(before: unknown, after: unknown): FieldChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const changes: FieldChange[] = [];
  for (const field of unionKeys(b, a)) {
    if (IGNORED.has(field) || sameValue(b[field], a[field])) continue;
    const old = b[field];
    const next = a[field];
    const nested = (isObject(old) || isEmpty(old)) && (isObject(next) || isEmpty(next));
    if (!nested) {
      changes.push({ field, key: null, before: old ?? null, after: next ?? null });
      continue;
    }
    const oldObject = isObject(old) ? old : {};
    const nextObject = isObject(next) ? next : {};
    for (const key of unionKeys(oldObject, nextObject)) {
      if (!sameValue(oldObject[key], nextObject[key]))
        changes.push({ field, key, before: oldObject[key] ?? null, after: nextObject[key] ?? null });
    }
  }
  return changes;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?Z$/;

/**
 * A snapshot value as text; empty values become "". Snapshots store dates as ISO instants: calendar days
 * (midnight UTC) show as the day, other instants to the minute in UTC.
 */
export function formatAuditValue(value: unknown): string {
  if (isEmpty(value)) return "";
  if (typeof value === "string") {
    const instant = ISO_INSTANT.exec(value);
    if (!instant) return value;
    return value.includes("T00:00:00") ? (instant[1] ?? value) : `${instant[1]} ${instant[2]} UTC`;
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(formatAuditValue).join(", ");
  return canonical(value);
}
