import "server-only";
import type { Db } from "../db";
import { zonedMoment } from "../i18n/format-instant";
import { isoDay } from "../validation/dates";

/**
 * The agenda's date of issue, as its masthead prints it: the issue date of the registered agenda document when
 * the secretariat recorded one, else the day a revision in force was issued, else the day (in the session's time zone) the session was last published as a
 * provisional agenda, else none (a masthead without a date rather than a wrong one).
 */
export async function getAgendaIssueDate(
  db: Db,
  session: { id: string; agendaSymbol: string | null; timeZone: string; revisedOn: string | null },
): Promise<string | null> {
  if (session.agendaSymbol) {
    const doc = await db.document.findUnique({ where: { symbol: session.agendaSymbol }, select: { issuedOn: true } });
    if (doc?.issuedOn) return isoDay(doc.issuedOn);
  }
  if (session.revisedOn) return session.revisedOn;
  const published = await db.auditEvent.findFirst({
    where: { sessionId: session.id, entityType: "Session", action: "status:PROVISIONAL" },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  return published ? (zonedMoment(published.at.toISOString(), session.timeZone)?.day ?? null) : null;
}
