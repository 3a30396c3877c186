import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "./mutations";
import { disconnectDb, getDb } from "../db";
import { removeBodyWithEverything } from "../testing/cleanup";
import { decodeLiveChange } from "./live-change";
import { liveChangeOf } from "./live-notify";
import { createTestBody, createTestSession, eventually, listenClient, pause } from "../testing/live";

const db = getDb();
let bodyId: string;
let sessionId: string;

beforeAll(async () => {
  bodyId = await createTestBody(db, "Live notify");
  sessionId = await createTestSession(db, bodyId, "PROVISIONAL");
});

afterAll(async () => {
  await removeBodyWithEverything(db, bodyId);
  await disconnectDb();
});

describe("live changes from audited writes", () => {
  it("reach a listener when the write commits, and never when it rolls back", async () => {
    const { client, payloads } = await listenClient();
    try {
      const committed = `meeting.test-${randomUUID()}`;
      await db.$transaction(async (tx) => {
        await recordAudit(tx, {
          actorId: null,
          sessionId,
          entityType: "Session",
          entityId: sessionId,
          action: committed,
        });
        await pause(300);
        // Inside the transaction nothing has been told yet.
        expect(payloads).toEqual([]);
      });
      await eventually(() => payloads.length > 0);
      await db
        .$transaction(async (tx) => {
          await recordAudit(tx, {
            actorId: null,
            sessionId,
            entityType: "AgendaItem",
            entityId: "x",
            action: "agenda.x",
          });
          throw new Error("rolled back on purpose");
        })
        .catch(() => undefined);
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actorId: null,
          sessionId: null,
          entityType: "Body",
          entityId: bodyId,
          action: "bodies.update",
        }),
      );
      await eventually(() => payloads.length >= 2);
      await pause(300);
      expect(payloads.map(decodeLiveChange)).toEqual([
        { kind: "meeting", sessionId },
        { kind: "body", bodyId },
      ]);
    } finally {
      await client.end();
    }
  });

  it("names what changed: the chair's actions, a document, a body, or a session's content", () => {
    const base = { entityId: "e1", sessionId: "s1" };
    expect(liveChangeOf({ ...base, entityType: "Session", action: "meeting.takeUp" })).toEqual({
      kind: "meeting",
      sessionId: "s1",
    });
    expect(liveChangeOf({ ...base, sessionId: null, entityType: "Document", action: "documents.update" })).toEqual({
      kind: "document",
      documentId: "e1",
    });
    expect(liveChangeOf({ ...base, sessionId: null, entityType: "Body", action: "bodies.update" })).toEqual({
      kind: "body",
      bodyId: "e1",
    });
    expect(liveChangeOf({ ...base, entityType: "Document", action: "documents.attach" })).toEqual({
      kind: "content",
      sessionId: "s1",
    });
    expect(liveChangeOf({ ...base, sessionId: null, entityType: "User", action: "users.create" })).toBeNull();
  });
});
