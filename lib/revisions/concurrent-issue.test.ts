import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { getPublicSession } from "../sessions/data";
import { setSessionStatus } from "../sessions/mutations";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { signedInAs } from "../testing/signed-in";
import { createItemAction } from "../agenda/actions";
import { issueRevisionAction } from "./actions";
import { getPendingRevision } from "./data";
import type { IssuedContent } from "./types";

/**
 * Readers load the public page while two secretaries add items and a third issues revisions as fast as it can:
 * every page a reader gets is exactly one issue (its symbol and its items), never an issue with items not yet
 * issued, and no request fails as "internal". Run on PostgreSQL and on the embedded database.
 */
const caller = new AsyncLocalStorage<string | null>();
vi.mock("../auth/session-user", () => ({ sessionUser: async () => signedInAs(caller.getStore() ?? null) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const db = getDb();
const tag = randomUUID().slice(0, 8);
const slug = `issuing-${tag}`;
const symbol = `ISS/${tag}/2031/1`;
let bodyId = "";
let sessionId = "";
const editors: Actor[] = [];
let issuer: Actor;

beforeAll(async () => {
  for (let i = 0; i < 2; i++) editors.push(await createTestActor(db, "SECRETARIAT"));
  issuer = await createTestActor(db, "SECRETARIAT");
  bodyId = (await db.body.create({ data: { name: { en: `Issuing ${tag}` }, symbolPrefix: `ISS/${tag}` } })).id;
  const session = await db.session.create({
    data: {
      bodyId,
      ordinal: 1,
      slug,
      title: { en: "Issuing under load" },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-07-02"),
      endDate: new Date("2031-07-03"),
      originalLanguage: "en",
      agendaSymbol: symbol,
      items: { create: [{ position: 1, title: { en: "Opening" } }] },
    },
  });
  sessionId = session.id;
  await setSessionStatus(db, issuer, sessionId, 1, "PROVISIONAL");
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, [...editors, issuer]);
  await disconnectDb();
});

async function issueWhatIsPending(): Promise<string> {
  const pending = await getPendingRevision(db, sessionId);
  if (!pending) return "no-issue";
  const result = await issueRevisionAction({
    id: sessionId,
    kind: "REVISION",
    expectedSequence: pending.latest.sequence,
  });
  return result.ok ? "ok" : result.error.code;
}

describe("issuing revisions while others edit and read", () => {
  it("serves every reader exactly one issue, and issues all that was added in the end", async () => {
    const rounds = 12;
    const reads: Array<{ symbol: string | null; titles: string[] }> = [];
    const outcomes: string[] = [];
    // Each one works in turn, as a person does; the four work at once.
    const inTurn = async (actorId: string | null, step: (round: number) => Promise<void>) =>
      caller.run(actorId, async () => {
        for (let round = 0; round < rounds; round++) await step(round);
      });
    await Promise.all([
      ...editors.map((editor) =>
        inTurn(editor.id, async (round) => {
          const result = await createItemAction({ sessionId, parentId: null, title: `Item ${round}`, annotation: "" });
          outcomes.push(result.ok ? "ok" : result.error.code);
        }),
      ),
      inTurn(issuer.id, async () => void outcomes.push(await issueWhatIsPending())),
      inTurn(null, async () => {
        const page = await getPublicSession(db, slug, false);
        reads.push({ symbol: page?.agendaSymbol ?? null, titles: (page?.items ?? []).map((i) => i.title.en ?? "") });
      }),
    ]);

    expect(outcomes.filter((code) => !["ok", "conflict", "invalid-state"].includes(code))).toEqual([]);
    const issues = await db.sessionIssue.findMany({ where: { sessionId }, select: { symbol: true, content: true } });
    const issued = new Map(
      issues.map((issue) => [issue.symbol, (issue.content as unknown as IssuedContent).items.map((i) => i.title.en)]),
    );
    for (const read of reads) expect(read.titles).toEqual(issued.get(read.symbol));

    console.log(
      "DEBUG",
      new Set(reads.map((r) => r.symbol)).size,
      outcomes.filter((o) => o === "ok").length,
      issues.length,
    );
    await caller.run(issuer.id, issueWhatIsPending);
    const final = await getPublicSession(db, slug, false);
    expect(final?.items).toHaveLength(1 + rounds * editors.length);
  }, 180_000);
});
