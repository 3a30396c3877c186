import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { AppError } from "../errors";
import { getPublicSession } from "../sessions/data";
import { buildSessionView } from "../sessions/session-view";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { setWorkingLanguagesAction } from "./actions";
import { getWorkspaceBody } from "./data";
import { setWorkingLanguages } from "./mutations";

// The cookie is the only thing mocked: the action reads the caller's role from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = getDb();
const tag = randomUUID().slice(0, 8);
let secretariat: Actor;
let chair: Actor;
let delegate: Actor;
let bodyId = "";

beforeAll(async () => {
  secretariat = await createTestActor(db, "SECRETARIAT");
  chair = await createTestActor(db, "CHAIR");
  delegate = await createTestActor(db, "DELEGATE");
  const body = await db.body.create({
    data: { name: { en: `Languages ${tag}` }, symbolPrefix: `LANG/${tag}`, originalLanguage: "en" },
  });
  bodyId = body.id;
  await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug: `languages-${tag}`,
      title: { en: "First meeting" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2034-02-01"),
      endDate: new Date("2034-02-01"),
      originalLanguage: "en",
      status: "PROVISIONAL",
      items: {
        create: [
          {
            position: 1,
            title: { en: "Opening", es: "Apertura", fr: "Ouverture (brouillon)" },
            translationStates: { "title.es": "FINAL", "title.fr": "DRAFT" },
          },
        ],
      },
    },
  });
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [secretariat, chair, delegate]);
  await disconnectDb();
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the promise to be rejected");
}

const frenchTitle = async () => {
  const session = await getPublicSession(db, `languages-${tag}`, false);
  if (!session) throw new Error("the session is public");
  return buildSessionView(session, "fr").items[0]?.title;
};

describe("setting a body's working languages", () => {
  it("changes what a reader whose language is missing sees, and writes the body's history", async () => {
    // English alone by default: the French reader sees English (the French title is only a draft).
    expect(await frenchTitle()).toMatchObject({ text: "Opening", lang: "en" });
    const before = await getWorkspaceBody(db, bodyId);
    expect(before?.workingLanguages).toEqual(["en"]);

    const result = await setWorkingLanguages(db, secretariat, {
      id: bodyId,
      version: before?.version ?? 0,
      workingLanguages: ["es", "en"],
    });
    expect(result).toEqual({ version: (before?.version ?? 0) + 1, changed: true });
    expect((await getWorkspaceBody(db, bodyId))?.workingLanguages).toEqual(["es", "en"]);
    expect(await frenchTitle()).toMatchObject({ text: "Apertura", lang: "es" });

    const events = await db.auditEvent.findMany({ where: { entityType: "Body", entityId: bodyId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      userId: secretariat.id,
      sessionId: null,
      action: "update",
      before: { workingLanguages: ["en"] },
      after: { workingLanguages: ["es", "en"] },
    });
  });

  it("refuses a save over someone else's, saying what they saved", async () => {
    const current = await getWorkspaceBody(db, bodyId);
    const version = current?.version ?? 0;
    await setWorkingLanguages(db, secretariat, { id: bodyId, version, workingLanguages: ["fr", "en"] });
    const error = await rejection(
      setWorkingLanguages(db, secretariat, { id: bodyId, version, workingLanguages: ["ru"] }),
    );
    expect(error.code).toBe("conflict");
    expect(error.details).toEqual({ current: { version: version + 1, workingLanguages: ["fr", "en"] } });
    expect((await getWorkspaceBody(db, bodyId))?.workingLanguages).toEqual(["fr", "en"]);
  });

  it("writes nothing when the order is the one already stored", async () => {
    const current = await getWorkspaceBody(db, bodyId);
    const events = await db.auditEvent.count({ where: { entityType: "Body", entityId: bodyId } });
    const result = await setWorkingLanguages(db, secretariat, {
      id: bodyId,
      version: current?.version ?? 0,
      workingLanguages: current?.workingLanguages ?? [],
    });
    expect(result).toEqual({ version: current?.version, changed: false });
    expect(await db.auditEvent.count({ where: { entityType: "Body", entityId: bodyId } })).toBe(events);
  });

  it("answers not-found for a body that is gone", async () => {
    const error = await rejection(
      setWorkingLanguages(db, secretariat, { id: "no-such-body", version: 1, workingLanguages: ["en"] }),
    );
    expect(error.code).toBe("not-found");
  });
});

describe("the working-languages action", () => {
  const valid = async (workingLanguages: unknown) => ({
    id: bodyId,
    version: (await getWorkspaceBody(db, bodyId))?.version ?? 0,
    workingLanguages,
  });

  it("refuses anyone but the secretariat, and changes nothing", async () => {
    const stored = (await getWorkspaceBody(db, bodyId))?.workingLanguages;
    for (const [caller, code] of [
      [null, "unauthenticated"],
      [delegate, "forbidden"],
      [chair, "forbidden"],
    ] as const) {
      signedIn = caller?.id ?? null;
      expect(await setWorkingLanguagesAction(await valid(["zh"]))).toEqual({ ok: false, error: { code } });
    }
    expect((await getWorkspaceBody(db, bodyId))?.workingLanguages).toEqual(stored);
  });

  it("validates the languages: at least one, each once, only the six", async () => {
    signedIn = secretariat.id;
    const fieldsOf = async (languages: unknown) => {
      const result = await setWorkingLanguagesAction(await valid(languages));
      return result.ok ? null : result.error.fields;
    };
    expect(await fieldsOf([])).toEqual({ workingLanguages: "chooseLanguage" });
    expect(await fieldsOf(["en", "es", "en"])).toEqual({ workingLanguages: "duplicateLanguage" });
    expect(await fieldsOf(["en", "de"])).toEqual({ "workingLanguages.1": "invalid" });
  });

  it("saves for the secretariat and says what it stored", async () => {
    signedIn = secretariat.id;
    const input = await valid(["zh", "es"]);
    expect(await setWorkingLanguagesAction(input)).toEqual({
      ok: true,
      data: { version: input.version + 1, changed: true },
    });
    expect((await getWorkspaceBody(db, bodyId))?.workingLanguages).toEqual(["zh", "es"]);
  });
});
