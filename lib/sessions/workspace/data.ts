import "server-only";
import type { Db } from "../../db";
import { toLocalizedText, type LocalizedText } from "../../i18n/localized-text";
import { asLocale, isLocale, type Locale } from "../../i18n/locales";
import { isoDay } from "../../validation/dates";
import type { SessionStatus, SessionTerm } from "../types";

/** Workspace reads: everything the secretariat edits, drafts included. */

export interface WorkspaceSessionRow {
  id: string;
  slug: string;
  ordinal: number;
  title: LocalizedText;
  originalLanguage: Locale;
  status: SessionStatus;
  startDate: string;
  endDate: string;
  body: { id: string; symbolPrefix: string; name: LocalizedText; originalLanguage: Locale };
  itemCount: number;
  updatedAt: string;
}

export async function listWorkspaceSessions(db: Db): Promise<WorkspaceSessionRow[]> {
  const rows = await db.session.findMany({
    orderBy: [{ startDate: "desc" }, { ordinal: "desc" }],
    select: {
      id: true,
      slug: true,
      ordinal: true,
      title: true,
      originalLanguage: true,
      status: true,
      startDate: true,
      endDate: true,
      updatedAt: true,
      body: { select: { id: true, symbolPrefix: true, name: true, originalLanguage: true } },
      _count: { select: { items: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    ordinal: row.ordinal,
    title: toLocalizedText(row.title),
    originalLanguage: asLocale(row.originalLanguage),
    status: row.status,
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    body: { ...row.body, name: toLocalizedText(row.body.name), originalLanguage: asLocale(row.body.originalLanguage) },
    itemCount: row._count.items,
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export interface EditableSession {
  id: string;
  version: number;
  slug: string;
  status: SessionStatus;
  ordinal: number;
  title: LocalizedText;
  venue: LocalizedText;
  timeZone: string;
  startDate: string;
  endDate: string;
  originalLanguage: Locale;
  plenaryMeetings: number;
  interpretationLanguages: Locale[];
  agendaSymbol: string | null;
  documentTitle: LocalizedText;
  body: { id: string; symbolPrefix: string; name: LocalizedText; originalLanguage: Locale; sessionTerm: SessionTerm };
}

export async function getEditableSession(db: Db, id: string): Promise<EditableSession | null> {
  const row = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      slug: true,
      status: true,
      ordinal: true,
      title: true,
      venue: true,
      timeZone: true,
      startDate: true,
      endDate: true,
      originalLanguage: true,
      plenaryMeetings: true,
      interpretationLanguages: true,
      agendaSymbol: true,
      documentTitle: true,
      body: { select: { id: true, symbolPrefix: true, name: true, originalLanguage: true, sessionTerm: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    title: toLocalizedText(row.title),
    venue: toLocalizedText(row.venue),
    documentTitle: toLocalizedText(row.documentTitle),
    startDate: isoDay(row.startDate),
    endDate: isoDay(row.endDate),
    originalLanguage: asLocale(row.originalLanguage),
    interpretationLanguages: row.interpretationLanguages.filter(isLocale),
    body: { ...row.body, name: toLocalizedText(row.body.name), originalLanguage: asLocale(row.body.originalLanguage) },
  };
}

export interface BodyOption {
  id: string;
  symbolPrefix: string;
  name: LocalizedText;
  originalLanguage: Locale;
  parentId: string | null;
}

export async function listBodies(db: Db): Promise<BodyOption[]> {
  const rows = await db.body.findMany({
    orderBy: { symbolPrefix: "asc" },
    select: { id: true, symbolPrefix: true, name: true, originalLanguage: true, parentId: true },
  });
  return rows.map((row) => ({
    ...row,
    name: toLocalizedText(row.name),
    originalLanguage: asLocale(row.originalLanguage),
  }));
}
