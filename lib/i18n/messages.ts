import { DEFAULT_LOCALE, type Locale } from "./locales";

/** Message files are split by namespace: lib/i18n/messages/<locale>/<namespace>.json. */
export const NAMESPACES = [
  "common",
  "session",
  "symbol",
  "schedule",
  "importer",
  "auth",
  "errors",
  "admin",
  "agendaEditor",
  "documentsAdmin",
  "scheduleAdmin",
  "translations",
  "history",
  "chairs",
  "console",
  "live",
  "openData",
  "agendaDocument",
  "revisions",
] as const;

export type Messages = Record<string, unknown>;

async function loadNamespace(locale: Locale, namespace: string): Promise<Messages> {
  try {
    const loaded = (await import(`./messages/${locale}/${namespace}.json`)) as { default: Messages };
    return loaded.default;
  } catch {
    return {};
  }
}

function isPlainObject(value: unknown): value is Messages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Fills what a translation lacks from English, key by key, so a missing string never breaks a page. */
export function mergeMessages(fallback: Messages, primary: Messages): Messages {
  const result: Messages = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = result[key];
    result[key] = isPlainObject(base) && isPlainObject(value) ? mergeMessages(base, value) : value;
  }
  return result;
}

// Message catalogues are static files: read and merge them once per locale and process, not on every request.
const cache = new Map<Locale, Promise<Messages>>();

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    cache.set(locale, messages);
  }
  return messages;
}

async function readMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const primary = await loadNamespace(locale, namespace);
      if (locale === DEFAULT_LOCALE) return [namespace, primary] as const;
      return [namespace, mergeMessages(await loadNamespace(DEFAULT_LOCALE, namespace), primary)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
