import type { Refusal } from "./request-guards";

/**
 * The arguments of a server action arrive as React's reply encoding: JSON in which a string starting with "$"
 * is a reference or a special value. Next.js decodes them before any action code runs, and answers 500 to a
 * body it cannot decode ("Connection closed" for a reference to a part that was never sent). Plenary's forms
 * send plain values only — objects, arrays, strings, numbers, dates, undefined — so anything else posted as
 * text is refused here with 400, before Next.js reads it.
 */

// "$$…" an escaped string; the rest are the plain values React writes inline.
const PLAIN_VALUE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-\d\d-\d\dT|n-?\d+$)/;
// A value sent twice is written once and then referred to by its path in the body ("$0:0:session:languages").
const PATH_REFERENCE = /^\$0((?::[^:]*)+)$/;
const MAX_DEPTH = 64;

export function isServerActionPost(method: string, headers: Headers): boolean {
  return method === "POST" && headers.has("next-action");
}

/** Whether this text body needs reading: only action posts encoded as text (not multipart forms) are checked. */
export function needsActionBodyCheck(method: string, headers: Headers): boolean {
  return isServerActionPost(method, headers) && (headers.get("content-type") ?? "text/plain").startsWith("text/plain");
}

export function malformedActionBody(body: string): Refusal | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return refusal;
  }
  return Array.isArray(value) && onlyPlainValues(value, value, 0) ? null : refusal;
}

const refusal: Refusal = { status: 400, reason: "The form's data could not be read." };

function onlyPlainValues(value: unknown, root: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return !value.startsWith("$") || PLAIN_VALUE.test(value) || resolves(value, root);
  if (Array.isArray(value)) return value.every((entry) => onlyPlainValues(entry, root, depth + 1));
  if (value && typeof value === "object") {
    return Object.values(value).every((entry) => onlyPlainValues(entry, root, depth + 1));
  }
  return true;
}

// Only a reference to a place that exists in this very body can be decoded.
function resolves(reference: string, root: unknown): boolean {
  const path = PATH_REFERENCE.exec(reference)?.[1];
  if (!path) return false;
  let node: unknown = root;
  for (const key of path.slice(1).split(":")) {
    if (!node || typeof node !== "object" || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "object" && node !== null;
}

/** Methods no route of Plenary answers; Next.js fails on some of them (TRACE) with a 500. */
export function unsupportedMethod(method: string): Refusal | null {
  return ["GET", "HEAD", "POST", "OPTIONS"].includes(method)
    ? null
    : { status: 405, reason: "This method is not allowed." };
}
