"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ItemStatus, SessionStatus } from "@/lib/sessions/types";

/** The sentences the live parts of a session page need, in the reader's language, with {placeholders} unfilled. */
export interface LiveSessionCopy {
  itemStatus: Record<ItemStatus, string>;
  sessionStatus: Record<SessionStatus, string>;
  agendaHeading: Record<SessionStatus, string>;
  workHeading: Record<SessionStatus, string>;
  takenUp: string;
  outcome: Record<"ADOPTED" | "CONCLUDED" | "DEFERRED", string>;
  nowUnderConsideration: string;
  suspendedSince: string;
  closed: string;
  adoptedOn: string;
  adoptedAsOrallyAmendedOn: string;
  amendment: string;
  connection: { live: string; reconnecting: string };
  announce: Record<
    "takenUp" | "outcome" | "reopened" | "suspended" | "resumed" | "agendaAdopted" | "agendaAdoptedAmended" | "closed",
    string
  >;
}

/** What the banner and announcements say about an item, without the whole agenda. */
export interface LiveItemBrief {
  id: string;
  number: string;
  title: string;
  /** The item's place on the page, e.g. "item-1-2". */
  anchor: string;
  parentId: string | null;
}

export interface LiveSessionSetting {
  copy: LiveSessionCopy;
  items: LiveItemBrief[];
  timeZone: string;
  locale: Locale;
  /** Moments carry their day when the session lasts several days. */
  withDay: boolean;
}

const LiveSessionContext = createContext<LiveSessionSetting | null>(null);

export function LiveSessionSettingProvider({ value, children }: { value: LiveSessionSetting; children: ReactNode }) {
  return <LiveSessionContext.Provider value={value}>{children}</LiveSessionContext.Provider>;
}

export function useLiveSessionSetting(): LiveSessionSetting {
  const value = useContext(LiveSessionContext);
  if (!value) throw new Error("useLiveSessionSetting() needs a <PublicLiveSession> above it");
  return value;
}

/** Fills "{name}" placeholders of our own messages (no plurals or selects in these). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);
}
