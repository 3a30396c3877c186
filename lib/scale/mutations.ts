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

// Rows per INSERT. Each column travels as one array parameter, so the statement's size does not grow with the rows.
const CHUNK = 5_000;

/** A column of a table, its PostgreSQL type, and how a row gives its value. */
type Column<R> = [name: string, type: string, value: (row: R) => unknown];

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Multi-row inserts as PostgreSQL's `unnest` of one array per column: Prisma's createMany binds every value
 * separately and spent about a millisecond a row here; this writes a chunk in one statement with a few parameters.
 * `updatedAt` (Prisma's @updatedAt, no database default) is set to now(); other columns keep their defaults.
 */
async function insertAll<R>(tx: Tx, table: string, rows: R[], columns: Column<R>[], stamped = true): Promise<void> {
  const names = columns.map(([name]) => `"${name}"`);
  const casts = columns.map(([, type], index) => `u.c${index}::${type}`);
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  const params = columns.map((_, index) => `$${index + 1}::text[]`).join(", ");
  const sql =
    `INSERT INTO "${table}" (${[...names, ...(stamped ? ['"updatedAt"'] : [])].join(", ")}) ` +
    `SELECT ${[...casts, ...(stamped ? ["now()"] : [])].join(", ")} FROM unnest(${params}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await tx.$executeRawUnsafe(sql, ...columns.map(([, , value]) => chunk.map((row) => asText(value(row)))));
  }
}

type Item = SessionRows["items"][number];
const ITEM_COLUMNS: Column<Item>[] = [
  ["id", "text", (r) => r.id],
  ["sessionId", "text", (r) => r.sessionId],
  ["parentId", "text", (r) => r.parentId],
  ["position", "int", (r) => r.position],
  ["title", "jsonb", (r) => r.title],
  ["annotation", "jsonb", (r) => r.annotation],
  ["translationStates", "jsonb", (r) => r.translationStates],
  ["status", '"ItemStatus"', (r) => r.status],
];

async function insertRows(tx: Tx, rows: SessionRows): Promise<void> {
  // Parents before children: a sub-item's parent must exist when the foreign key is checked.
  await insertAll(
    tx,
    "AgendaItem",
    rows.items.filter((item) => !item.parentId),
    ITEM_COLUMNS,
  );
  await insertAll(
    tx,
    "AgendaItem",
    rows.items.filter((item) => item.parentId),
    ITEM_COLUMNS,
  );
  // Document.symbolKey is left to its trigger, as for every other write.
  await insertAll(tx, "Document", rows.documents, [
    ["id", "text", (r) => r.id],
    ["symbol", "text", (r) => r.symbol],
    ["bodyId", "text", (r) => r.bodyId],
    ["kind", '"DocumentKind"', (r) => r.kind],
    ["distribution", '"Distribution"', (r) => r.distribution],
    ["issuedBy", "jsonb", (r) => r.issuedBy],
    ["issuedOn", "date", (r) => r.issuedOn.toISOString().slice(0, 10)],
    ["title", "jsonb", (r) => r.title],
    ["originalLanguage", "varchar(2)", (r) => r.originalLanguage],
    ["translationStates", "jsonb", (r) => r.translationStates],
  ]);
  await insertAll(tx, "DocumentVersion", rows.versions, [
    ["id", "text", (r) => r.id],
    ["documentId", "text", (r) => r.documentId],
    ["locale", "varchar(2)", (r) => r.locale],
    ["url", "text", (r) => r.url],
  ]);
  await insertAll(
    tx,
    "AgendaItemDocument",
    rows.links,
    [
      ["itemId", "text", (r) => r.itemId],
      ["documentId", "text", (r) => r.documentId],
      ["position", "int", (r) => r.position],
    ],
    false,
  );
  await insertAll(tx, "TimeSlot", rows.slots, [
    ["id", "text", (r) => r.id],
    ["sessionId", "text", (r) => r.sessionId],
    ["date", "date", (r) => r.date.toISOString().slice(0, 10)],
    ["startMinutes", "int", (r) => r.startMinutes],
    ["endMinutes", "int", (r) => r.endMinutes],
  ]);
  await insertAll(
    tx,
    "TimeSlotItem",
    rows.slotItems,
    [
      ["slotId", "text", (r) => r.slotId],
      ["itemId", "text", (r) => r.itemId],
      ["position", "int", (r) => r.position],
    ],
    false,
  );
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
