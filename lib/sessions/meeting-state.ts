import type { Prisma } from "../generated/prisma/client";
import type { ItemStatus, SessionStatus } from "./types";

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

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** The columns of a session and its items that make up the meeting's state. */
export const meetingSelect = {
  id: true,
  status: true,
  meetingRevision: true,
  suspendedAt: true,
  agendaAdoptedAt: true,
  orallyAmended: true,
  adoptionNote: true,
} satisfies Prisma.SessionSelect;

type MeetingRow = Prisma.SessionGetPayload<{ select: typeof meetingSelect }> & {
  items: Array<{ id: string; status: ItemStatus; takenUpAt: Date | null; concludedAt: Date | null }>;
};

export function meetingStateOf(row: MeetingRow): MeetingState {
  const items = row.items.map((item) => ({
    id: item.id,
    status: item.status,
    takenUpAt: iso(item.takenUpAt),
    concludedAt: iso(item.concludedAt),
  }));
  return {
    sessionId: row.id,
    revision: row.meetingRevision,
    status: row.status,
    suspendedAt: iso(row.suspendedAt),
    agendaAdoptedAt: iso(row.agendaAdoptedAt),
    orallyAmended: row.orallyAmended,
    adoptionNote: row.adoptionNote,
    currentItemId: items.find((item) => item.status === "UNDER_CONSIDERATION")?.id ?? null,
    items,
  };
}
