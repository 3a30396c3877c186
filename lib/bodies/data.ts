import "server-only";
import type { Db } from "../db";
import { asLocale, isLocale, type Locale } from "../i18n/locales";
import { toLocalizedText, type LocalizedText } from "../i18n/localized-text";

/** A body as the secretariat's workspace lists and edits it. */
export interface WorkspaceBody {
  id: string;
  symbolPrefix: string;
  name: LocalizedText;
  originalLanguage: Locale;
  /** Where a reader's language has no final text: these, in order, then the original. */
  workingLanguages: Locale[];
  version: number;
  sessionCount: number;
}

const SELECT = {
  id: true,
  symbolPrefix: true,
  name: true,
  originalLanguage: true,
  workingLanguages: true,
  version: true,
  _count: { select: { sessions: true } },
} as const;

type Row = {
  id: string;
  symbolPrefix: string;
  name: unknown;
  originalLanguage: string;
  workingLanguages: string[];
  version: number;
  _count: { sessions: number };
};

function toWorkspaceBody(row: Row): WorkspaceBody {
  return {
    id: row.id,
    symbolPrefix: row.symbolPrefix,
    name: toLocalizedText(row.name),
    originalLanguage: asLocale(row.originalLanguage),
    workingLanguages: row.workingLanguages.filter(isLocale),
    version: row.version,
    sessionCount: row._count.sessions,
  };
}

/** Every body, by symbol prefix. Bodies are few (dozens), unlike sessions: one page. */
export async function listWorkspaceBodies(db: Db): Promise<WorkspaceBody[]> {
  const rows = await db.body.findMany({ orderBy: { symbolPrefix: "asc" }, select: SELECT });
  return rows.map(toWorkspaceBody);
}

export async function getWorkspaceBody(db: Db, id: string): Promise<WorkspaceBody | null> {
  const row = await db.body.findUnique({ where: { id }, select: SELECT });
  return row ? toWorkspaceBody(row) : null;
}
