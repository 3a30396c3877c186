import { recordAudit } from "../lib/audit/mutations";
import type { Db } from "../lib/db";
import { removeBodyWithEverything } from "../lib/testing/cleanup";
import { createTestBody, createTestSession } from "../lib/testing/live";
import type { Instance } from "./instances";

/**
 * From the moment a write has committed until every instance serves the page with it: the write goes through
 * recordAudit like the app's, and each instance learns of it only over LISTEN/NOTIFY (no instance wrote it).
 */
export async function measurePropagation(db: Db, instances: Instance[], writes: number) {
  const bodyId = await createTestBody(db, "Bench propagation");
  const sessionId = await createTestSession(db, bodyId, "PROVISIONAL");
  const { slug } = await db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { slug: true } });
  const path = `/en/sessions/${slug}`;
  const times: number[] = [];
  try {
    for (const instance of instances) await fetch(`${instance.base}${path}`); // cached before each write
    for (let write = 0; write < writes; write++) {
      const marker = `Bench title ${write} ${Date.now()}`;
      await db.$transaction(async (tx) => {
        await tx.session.update({ where: { id: sessionId }, data: { title: { en: marker } } });
        await recordAudit(tx, {
          actorId: null,
          sessionId,
          entityType: "Session",
          entityId: sessionId,
          action: "update",
          before: null,
          after: { title: marker },
        });
      });
      const committed = performance.now();
      await Promise.all(instances.map((instance) => waitFor(`${instance.base}${path}`, marker)));
      times.push(performance.now() - committed);
    }
  } finally {
    await removeBodyWithEverything(db, bodyId);
  }
  times.sort((x, y) => x - y);
  return { p50: times[Math.floor(times.length / 2)] ?? NaN, max: times.at(-1) ?? NaN };
}

async function waitFor(url: string, text: string): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if ((await (await fetch(url)).text()).includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`${url} never showed "${text}"`);
}
