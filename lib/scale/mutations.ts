import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { LOCALES } from "../i18n/locales";
import { DOCUMENT_TITLES } from "./vocabulary";
import { finalStates, idFactory, planBodies, planSessions, type ScaleOptions } from "./plan";
import { sessionRows, type SessionRows } from "./rows";

type Tx = Prisma.TransactionClient;

/** Marks a database the generator has filled: it refuses to fill it twice. */
export const SCALE_SETTING_KEY = "scale:generated";

export interface ScaleCounts {
  bodies: number;
  sessions: number;
  items: number;
  documents: number;
  versions: number;
  links: number;
  slots: number;
  slotItems: number;
}

export class AlreadyGeneratedError extends Error {}

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table (Document, ~12 columns).
const CHUNK = 2_000;

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

async function insertRows(tx: Tx, rows: SessionRows): Promise<void> {
  // Parents before children: a sub-item's parent must exist when the foreign key is checked.
  await inChunks(
    rows.items.filter((item) => !item.parentId),
    (data) => tx.agendaItem.createMany({ data }),
  );
  await inChunks(
    rows.items.filter((item) => item.parentId),
    (data) => tx.agendaItem.createMany({ data }),
  );
  await inChunks(rows.documents, (data) =>
    tx.document.createMany({ data: data.map((doc) => ({ ...doc, kind: doc.kind as keyof typeof DOCUMENT_TITLES })) }),
  );
  await inChunks(rows.versions, (data) => tx.documentVersion.createMany({ data }));
  await inChunks(rows.links, (data) => tx.agendaItemDocument.createMany({ data }));
  await inChunks(rows.slots, (data) => tx.timeSlot.createMany({ data }));
  await inChunks(rows.slotItems, (data) => tx.timeSlotItem.createMany({ data }));
}

/**
 * Fills the database with `options.sessions` sessions under bodies of their own, in one transaction: all of it or
 * nothing. Refuses a database it has filled already. Never touches existing rows, the reference session's included.
 */
export async function generateScaleData(
  db: Db,
  options: ScaleOptions,
  progress: (message: string) => void = () => {},
): Promise<ScaleCounts> {
  const id = idFactory(
    randomBytes(8)
      .toString("hex")
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 6)
      .padEnd(6, "0"),
  );
  const bodies = planBodies(options, id);
  const counts: ScaleCounts = {
    bodies: 0,
    sessions: 0,
    items: 0,
    documents: 0,
    versions: 0,
    links: 0,
    slots: 0,
    slotItems: 0,
  };
  await db.$transaction(
    async (tx) => {
      if (await tx.systemSetting.findUnique({ where: { key: SCALE_SETTING_KEY } }))
        throw new AlreadyGeneratedError(
          "This database was filled by the generator already; it runs once per database.",
        );
      const clash = await tx.body.findFirst({
        where: { symbolPrefix: { in: bodies.map((body) => body.prefix) } },
        select: { symbolPrefix: true },
      });
      if (clash)
        throw new AlreadyGeneratedError(`A body ${clash.symbolPrefix} exists already: refusing to mix with it.`);
      const taken = new Set((await tx.session.findMany({ select: { slug: true } })).map((row) => row.slug));
      for (const parentsFirst of [true, false]) {
        await tx.body.createMany({
          data: bodies
            .filter((body) => (body.parentId === null) === parentsFirst)
            .map((body) => ({
              id: body.id,
              name: body.name,
              symbolPrefix: body.prefix,
              sessionTerm: body.term,
              originalLanguage: body.originalLanguage,
              translationStates: finalStates(["name"], body.originalLanguage),
              parentId: body.parentId,
            })),
        });
      }
      counts.bodies = bodies.length;
      for (const [index, body] of bodies.entries()) {
        const sessions = planSessions(body, index, id, taken);
        await tx.session.createMany({
          data: sessions.map((s) => ({
            id: s.id,
            bodyId: s.bodyId,
            ordinal: s.ordinal,
            slug: s.slug,
            title: s.title,
            venue: s.venue,
            documentTitle: DOCUMENT_TITLES.PROVISIONAL_AGENDA,
            timeZone: s.timeZone,
            startDate: s.startDate,
            endDate: s.endDate,
            agendaSymbol: `${s.stem}/1`,
            originalLanguage: s.originalLanguage,
            translationStates:
              s.status === "DRAFT" ? {} : finalStates(["title", "venue", "documentTitle"], s.originalLanguage),
            plenaryMeetings: 10,
            interpretationLanguages: [...LOCALES],
            status: s.status,
          })),
        });
        counts.sessions += sessions.length;
        // One body's sessions at a time: few round trips, and memory stays small whatever the number of sessions.
        const rows: SessionRows = { items: [], documents: [], versions: [], links: [], slots: [], slotItems: [] };
        for (const session of sessions) {
          const one = sessionRows(session, options, id);
          for (const key of Object.keys(rows) as Array<keyof SessionRows>) (rows[key] as unknown[]).push(...one[key]);
        }
        await insertRows(tx, rows);
        for (const key of Object.keys(rows) as Array<keyof SessionRows>) counts[key] += rows[key].length;
        progress(`${body.prefix}: ${sessions.length} sessions (${counts.sessions}/${options.sessions}).`);
      }
      await tx.systemSetting.create({
        data: { key: SCALE_SETTING_KEY, value: { ...counts, at: new Date().toISOString() } },
      });
    },
    { maxWait: 60_000, timeout: 60 * 60_000 },
  );
  // Fresh statistics, so the planner knows the tables' new sizes at once rather than after autovacuum.
  await db.$executeRawUnsafe("ANALYZE");
  return counts;
}
