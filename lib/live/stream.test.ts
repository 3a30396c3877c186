import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor, Role } from "../auth/types";
import { disconnectDb, getDb } from "../db";
import { createTestActor, removeTestUsers } from "../testing/actors";
import { removeBodyWithEverything } from "../testing/cleanup";
import { LiveHub } from "./hub";
import { LiveListener } from "./listener";
import { liveStreamResponse, type StreamDeps } from "./stream";
import { createTestBody, createTestSession } from "../testing/live";

// The cookie is the only thing mocked: roles are still read from the real database.
let signedIn: string | null = null;
vi.mock("../auth/session-user", () => ({
  sessionUser: async () => (signedIn ? { id: signedIn, version: null } : null),
}));
const { getCurrentActor } = await import("../auth/current-user");

const db = getDb();
const listener = new LiveListener({ connectionString: () => process.env.DATABASE_URL });
let deps: StreamDeps;
const actors: Partial<Record<Role | "otherChair", Actor>> = {};
let bodyId: string;
let published: string;
let draft: string;

beforeAll(async () => {
  bodyId = await createTestBody(db, "Live stream");
  published = await createTestSession(db, bodyId, "PROVISIONAL");
  draft = await createTestSession(db, bodyId, "DRAFT");
  for (const role of ["SECRETARIAT", "CHAIR", "DELEGATE"] as const) actors[role] = await createTestActor(db, role);
  actors.otherChair = await createTestActor(db, "CHAIR");
  await db.sessionChair.create({ data: { sessionId: draft, userId: actors.CHAIR!.id } });
  deps = { hub: new LiveHub({ db: () => db, listener, maxPerAddress: 3 }), db, actor: getCurrentActor };
});

afterAll(async () => {
  await listener.stop();
  await removeBodyWithEverything(db, bodyId);
  await removeTestUsers(db, Object.values(actors));
  await disconnectDb();
});

async function open(sessionId: string, as: keyof typeof actors | null, address = "192.0.2.10") {
  signedIn = as ? actors[as]!.id : null;
  const controller = new AbortController();
  const request = new Request(`http://localhost/api/live/sessions/${sessionId}`, {
    headers: { "x-forwarded-for": address },
    signal: controller.signal,
  });
  const response = await liveStreamResponse(request, sessionId, deps);
  let head = "";
  if (response.status === 200 && response.body) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    while (!head.includes("event: meeting")) {
      const { value, done } = await reader.read();
      if (done) break;
      head += decoder.decode(value);
    }
    await reader.cancel();
  }
  controller.abort();
  return { response, head };
}

describe("the live stream of a session", () => {
  it("streams a published session to anyone, starting with the meeting's state, never cached", async () => {
    const { response, head } = await open(published, null);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(head).toMatch(/^retry: \d+\n\n/);
    expect(head).toContain(`event: meeting\ndata: {"sessionId":"${published}"`);
  });

  it("shows a draft only to the secretariat and its own chairs, and answers 404 to everyone else", async () => {
    const statuses: Record<string, number> = {};
    // One after another: the signed-in person is one variable.
    for (const who of [null, "DELEGATE", "otherChair", "CHAIR", "SECRETARIAT"] as const)
      statuses[who ?? "anonymous"] = (await open(draft, who)).response.status;
    expect(statuses).toEqual({ anonymous: 404, DELEGATE: 404, otherChair: 404, CHAIR: 200, SECRETARIAT: 200 });
  });

  it("answers 404 for an unknown or malformed session id", async () => {
    expect((await open("ckunknownsession000000000", null)).response.status).toBe(404);
    expect((await open("../../etc", null)).response.status).toBe(404);
  });

  it("answers 429 with Retry-After to an address that holds too many streams, until one closes", async () => {
    const address = "198.51.100.77";
    const held: AbortController[] = [];
    for (let i = 0; i < 3; i++) {
      const controller = new AbortController();
      const request = new Request("http://localhost/", {
        headers: { "x-forwarded-for": address },
        signal: controller.signal,
      });
      expect((await liveStreamResponse(request, published, deps)).status).toBe(200);
      held.push(controller);
    }
    const refused = await open(published, null, address);
    expect(refused.response.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    held.pop()?.abort();
    expect((await open(published, null, address)).response.status).toBe(200);
    for (const controller of held) controller.abort();
  });
});
