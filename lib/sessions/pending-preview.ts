import type { PendingRevision } from "../revisions/types";
import type { IsoDate, PublicSession } from "./types";

/**
 * A session with pending changes as the public will read it once they are issued as the next revision: its symbol,
 * "Revised on <today>" and the changelog above the earlier ones. The preview assumes a revision; a corrigendum
 * would keep the symbol in force and read "Corrected on".
 */
export function asIssuedNow(session: PublicSession, pending: PendingRevision, today: IsoDate): PublicSession {
  if (pending.changes.length === 0) return session;
  const number = session.revisions.filter((revision) => revision.kind === "REVISION").length + 1;
  return {
    ...session,
    agendaSymbol: pending.nextRevisionSymbol ?? session.agendaSymbol,
    revisedOn: today,
    revisions: [
      { kind: "REVISION", number, symbol: pending.nextRevisionSymbol, issuedOn: today, changes: pending.changes },
      ...session.revisions,
    ],
  };
}
