import type { Db } from "../lib/db";
import { ACCOUNTS } from "./fixtures";

/**
 * A published session of a spec's own (never the shared reference session), with 1 Organizational matters,
 * 1(a) Opening of the meeting, 1(b) Adoption of the agenda, 2 Substantive item, and the demo chair assigned.
 * Remove it with removeBody(db, { id: bodyId }).
 */
export async function chairedSession(db: Db, tag: string) {
  const body = await db.body.create({ data: { name: { en: `Console body ${tag}` }, symbolPrefix: `E2E/C${tag}` } });
  const session = await db.session.create({
    data: {
      bodyId: body.id,
      ordinal: 1,
      slug: `console-${tag}`,
      title: { en: `Console session ${tag}` },
      venue: { en: "Vienna" },
      timeZone: "Europe/Vienna",
      startDate: new Date("2031-05-01"),
      endDate: new Date("2031-05-02"),
      originalLanguage: "en",
      status: "PROVISIONAL",
    },
    select: { id: true, slug: true },
  });
  const parent = await db.agendaItem.create({
    data: { sessionId: session.id, position: 1, title: { en: "Organizational matters" } },
  });
  await db.agendaItem.createMany({
    data: [
      { sessionId: session.id, parentId: parent.id, position: 1, title: { en: "Opening of the meeting" } },
      { sessionId: session.id, parentId: parent.id, position: 2, title: { en: "Adoption of the agenda" } },
      { sessionId: session.id, position: 2, title: { en: `Substantive item ${tag}` } },
    ],
  });
  const chair = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.CHAIR }, select: { id: true } });
  await db.sessionChair.create({ data: { sessionId: session.id, userId: chair.id } });
  return { bodyId: body.id, ...session };
}
