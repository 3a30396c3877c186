import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { race, runsTransactionsAtOnce } from "../testing/race";
import { applyChoices, type MergeConflictDetails } from "../edit-conflicts/merge";
import { updateSession } from "./mutations";
import { sessionFieldsSchema } from "./schema";

const db = getDb();
// Saves at the same moment need a database that runs transactions at once (see runsTransactionsAtOnce).
const atOnce = await runsTransactionsAtOnce();
const tag = randomUUID().slice(0, 6).toUpperCase();
let actor: Actor;
let bodyId = "";
let ordinal = 0;

type Fields = ReturnType<typeof fields>;
const fields = (overrides: Record<string, unknown> = {}) =>
  sessionFieldsSchema.parse({
    ordinal: 1,
    title: "Original title",
    venue: "Vienna",
    timeZone: "Europe/Vienna",
    startDate: "2034-03-02",
    endDate: "2034-03-03",
    originalLanguage: "en",
    plenaryMeetings: 4,
    interpretationLanguages: ["en", "fr"],
    agendaSymbol: "",
    ...overrides,
  });

/** A session as a form loads it: its id, version 1 and the values the form starts from. */
async function newSession(): Promise<{ id: string; base: Fields }> {
  ordinal++;
  const base = fields({ ordinal });
  const row = await db.session.create({
    data: {
      bodyId,
      ordinal,
      slug: `conflicts-${tag.toLowerCase()}-${ordinal}`,
      title: { en: base.title, fr: "Titre" },
      venue: { en: base.venue },
      timeZone: base.timeZone,
      startDate: new Date(base.startDate),
      endDate: new Date(base.endDate),
      originalLanguage: "en",
      plenaryMeetings: base.plenaryMeetings,
      interpretationLanguages: base.interpretationLanguages,
    },
  });
  return { id: row.id, base };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const stored = (id: string) =>
  db.session.findUniqueOrThrow({
    where: { id },
    select: { title: true, venue: true, plenaryMeetings: true, version: true },
  });
const updates = (id: string) => db.auditEvent.count({ where: { entityId: id, action: "update" } });

beforeAll(async () => {
  actor = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Conflicts ${tag}` }, symbolPrefix: `CONFLICTS/${tag}` } })).id;
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [actor]);
  await disconnectDb();
});

describe("saving the session form over someone else's change", () => {
  it("writes only the fields the later save changed, keeping the other person's change", async () => {
    const { id, base } = await newSession();
    await updateSession(db, actor, id, 1, { ...base, title: "Title by A" }, base);
    const saved = await updateSession(db, actor, id, 1, { ...base, plenaryMeetings: 9 }, base);
    expect(saved.version).toBe(3);
    expect(await stored(id)).toMatchObject({
      title: { en: "Title by A", fr: "Titre" },
      venue: { en: "Vienna" },
      plenaryMeetings: 9,
    });
    expect(await updates(id)).toBe(2);
    // Title and venue are separate texts: one person's title and another's venue both stay.
    await updateSession(db, actor, id, 1, { ...base, venue: "Geneva by C" }, base);
    expect(await stored(id)).toMatchObject({
      title: { en: "Title by A" },
      venue: { en: "Geneva by C" },
      plenaryMeetings: 9,
      version: 4,
    });
  });

  it("refuses a field both changed, with both values per field, writes nothing, and saves the choice made", async () => {
    const { id, base } = await newSession();
    await updateSession(db, actor, id, 1, { ...base, title: "Title by A", plenaryMeetings: 6 }, base);
    const mine = { ...base, title: "Title by B", timeZone: "Europe/Paris" };
    const error = await refusal(updateSession(db, actor, id, 1, mine, base));
    expect(error.code).toBe("conflict");
    const details = error.details as unknown as MergeConflictDetails<Fields>;
    expect(details.conflicts).toEqual([{ field: "title", current: "Title by A", yours: "Title by B" }]);
    expect(details.current).toMatchObject({
      version: 2,
      title: "Title by A",
      timeZone: "Europe/Vienna",
      plenaryMeetings: 6,
    });
    expect(details.merged).toMatchObject({ title: "Title by B", timeZone: "Europe/Paris", plenaryMeetings: 6 });
    expect(await db.session.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: { en: "Title by A", fr: "Titre" },
      timeZone: "Europe/Vienna",
      version: 2,
    });
    expect(await updates(id)).toBe(1);

    // B keeps A's title: the form saves the merge with that choice, on the current version and values.
    const { version, ...current } = details.current;
    const resolved = applyChoices(details.merged, details.conflicts, { title: "current" });
    await updateSession(db, actor, id, version, resolved, current);
    expect(await db.session.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: { en: "Title by A" },
      timeZone: "Europe/Paris",
      plenaryMeetings: 6,
      version: 3,
    });
  });

  it("without the form's starting values, refuses every field that differs rather than overwrite it", async () => {
    const { id, base } = await newSession();
    await updateSession(db, actor, id, 1, { ...base, title: "Title by A" }, base);
    const error = await refusal(updateSession(db, actor, id, 1, { ...base, plenaryMeetings: 9 }));
    expect((error.details as unknown as MergeConflictDetails).conflicts.map((c) => c.field)).toEqual([
      "title",
      "plenaryMeetings",
    ]);
    expect(await stored(id)).toMatchObject({ title: { en: "Title by A" }, plenaryMeetings: 4 });
  });

  it("merges the dates as one range, and each text with the language it is written in", async () => {
    const { id, base } = await newSession();
    await updateSession(
      db,
      actor,
      id,
      1,
      { ...base, startDate: "2034-04-06", endDate: "2034-04-07", originalLanguage: "fr", title: "Titre" },
      base,
    );
    const error = await refusal(
      updateSession(db, actor, id, 1, { ...base, endDate: "2034-03-04", venue: "Vienne (Autriche)" }, base),
    );
    expect((error.details as unknown as MergeConflictDetails).conflicts.map((c) => c.field)).toEqual([
      "venue",
      "startDate",
      "endDate",
      "originalLanguage",
    ]);
    expect(await db.session.findUniqueOrThrow({ where: { id } })).toMatchObject({
      endDate: new Date("2034-04-07"),
      originalLanguage: "fr",
      version: 2,
    });
  });
});

describe.skipIf(!atOnce)("two saves at the same moment", () => {
  it("let exactly one of two saves of the same field win; the other is told of the conflict and writes nothing", async () => {
    const { id, base } = await newSession();
    const racing = race(2);
    try {
      const titles = ["Title by A", "Title by B"];
      const results = await Promise.allSettled(
        racing.clients.map((client, i) =>
          updateSession(client, actor, id, 1, { ...base, title: titles[i] ?? "" }, base),
        ),
      );
      // Both had read version 1 before either wrote: the write alone had to notice.
      expect(racing.allBegan() && racing.metAtWrite()).toBe(true);
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [titles[i]] : []));
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected");
      expect(lost?.reason).toMatchObject({
        code: "conflict",
        details: { conflicts: [{ field: "title", current: won[0] }] },
      });
      expect(await stored(id)).toMatchObject({ title: { en: won[0] }, version: 2 });
      expect(await updates(id)).toBe(1);
    } finally {
      await racing.close();
    }
  });

  it("keep both of two simultaneous saves of different fields", async () => {
    const { id, base } = await newSession();
    const racing = race(2);
    try {
      const edits = [
        { ...base, title: "Title by A" },
        { ...base, plenaryMeetings: 9 },
      ];
      const results = await Promise.allSettled(
        racing.clients.map((client, i) => updateSession(client, actor, id, 1, edits[i] ?? base, base)),
      );
      expect(racing.metAtWrite()).toBe(true);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(await stored(id)).toMatchObject({ title: { en: "Title by A" }, plenaryMeetings: 9, version: 3 });
      expect(await updates(id)).toBe(2);
    } finally {
      await racing.close();
    }
  });
});
