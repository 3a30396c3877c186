// From the generated enums, not sessions/: live/ reads the meeting state and audit/ (which sessions/ uses) notifies live/.
import type { ItemStatus, SessionStatus } from "../generated/prisma/enums";

/** Where one agenda item stands in the meeting. Instants are ISO strings (UTC); pages show them in the session's zone. */
export interface MeetingItemState {
  id: string;
  status: ItemStatus;
  takenUpAt: string | null;
  concludedAt: string | null;
}

/**
 * Everything the chair's actions change, and nothing else: no titles, no documents, nothing restricted, no
 * language. Live pages receive it whole after every change, so one query per change serves every viewer.
 */
export interface MeetingState {
  sessionId: string;
  /** Grows with every action of the chair: a page keeps the state with the highest revision it has seen. */
  revision: number;
  status: SessionStatus;
  suspendedAt: string | null;
  agendaAdoptedAt: string | null;
  orallyAmended: boolean;
  adoptionNote: string | null;
  /** The item under consideration (a sub-item when one is taken up), or null. */
  currentItemId: string | null;
  items: MeetingItemState[];
}
