import { LOCALES, type Locale } from "../i18n/locales";
import { sessionSlug } from "../sessions/slug";
import { stateKey } from "../translations/fields";
import { sessionSymbols, symbolStem } from "./symbols";
import { PARENT_BODIES, VENUES, sessionTitle, workingGroupName, type Six } from "./vocabulary-bodies";

/** The shape of what the scale generator writes: how many of each row, per session. */
export interface ScaleOptions {
  sessions: number;
  itemsPerSession: number;
  documentsPerSession: number;
  slotsPerSession: number;
  /** Sessions per body: 1,000 sessions make 40 bodies (8 parents, each with 4 working groups). */
  sessionsPerBody: number;
}

export const DEFAULT_SCALE: ScaleOptions = {
  sessions: 1000,
  itemsPerSession: 40,
  documentsPerSession: 100,
  slotsPerSession: 20,
  sessionsPerBody: 25,
};

/** The last year generated sessions reach; the newest session of most bodies is a draft being prepared. */
export const LATEST_YEAR = 2026;

export interface PlannedBody {
  id: string;
  prefix: string;
  name: Six;
  parentId: string | null;
  term: "SESSION" | "MEETING";
  originalLanguage: Locale;
  /** Documents numbered by year (…/2018/1) when the body meets once a year, else by session (…/55/1). */
  byYear: boolean;
  venue: number;
  sessions: number;
}

export interface PlannedSession {
  id: string;
  bodyId: string;
  ordinal: number;
  slug: string;
  title: Six;
  venue: Six;
  timeZone: string;
  startDate: Date;
  endDate: Date;
  status: "DRAFT" | "PROVISIONAL" | "ADOPTED" | "CLOSED";
  originalLanguage: Locale;
  stem: string;
}

/** Ids shaped like the cuids Prisma makes (a "c" and 24 lower-case letters and digits), unique within one run. */
export function idFactory(runTag: string): (kind: string) => string {
  if (!/^[a-z0-9]{6}$/.test(runTag)) throw new Error("The run tag is six lower-case letters or digits.");
  let counter = 0;
  return (kind) => `c${kind.slice(0, 1)}${runTag}${(counter++).toString(36).padStart(17, "0")}`;
}

/** "FINAL" for every language but the original: generated texts read as published translations. */
export function finalStates(fields: readonly string[], original: Locale): Record<string, "FINAL"> {
  const states: Record<string, "FINAL"> = {};
  for (const field of fields)
    for (const locale of LOCALES) if (locale !== original) states[stateKey(field, locale)] = "FINAL";
  return states;
}

/** Bodies in insertion order: the eight parents first, then their working groups, so a parent always exists first. */
export function planBodies(options: ScaleOptions, id: (kind: string) => string): PlannedBody[] {
  const count = Math.ceil(options.sessions / options.sessionsPerBody);
  const bodies: PlannedBody[] = [];
  for (let index = 0; index < count; index++) {
    const parent = PARENT_BODIES[index % PARENT_BODIES.length]!;
    const group = Math.floor(index / PARENT_BODIES.length);
    const parentId = group === 0 ? null : bodies[index % PARENT_BODIES.length]!.id;
    bodies.push({
      id: id("body"),
      prefix: group === 0 ? parent.prefix : `${parent.prefix}/WG.${group}`,
      name: group === 0 ? parent.name : workingGroupName(parent.name, group),
      parentId,
      term: group === 0 ? parent.term : "MEETING",
      originalLanguage: index % 5 === 4 ? LOCALES[index % LOCALES.length]! : "en",
      byYear: index % 2 === 0,
      venue: group === 0 ? parent.venue : (parent.venue + group) % VENUES.length,
      sessions: Math.min(options.sessionsPerBody, options.sessions - index * options.sessionsPerBody),
    });
  }
  return bodies;
}

const DAY = 86_400_000;

/** The Monday of a week in `month` of `year`, so sessions run Monday to Friday. */
function mondayIn(year: number, month: number, week: number): Date {
  const first = new Date(Date.UTC(year, month, 1 + week * 7));
  return new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * DAY);
}

/**
 * The sessions of one body, oldest first. Year-numbered bodies meet once a year, the others twice; the newest
 * session of two bodies in three is a draft, a few older ones too (abandoned plans), and past sessions are closed.
 */
export function planSessions(body: PlannedBody, bodyIndex: number, id: (kind: string) => string, taken: Set<string>) {
  const sessions: PlannedSession[] = [];
  const venue = VENUES[body.venue]!;
  for (let ordinal = 1; ordinal <= body.sessions; ordinal++) {
    const fromLatest = body.sessions - ordinal;
    const year = body.byYear ? LATEST_YEAR - fromLatest : LATEST_YEAR - Math.floor(fromLatest / 2);
    const month = body.byYear ? (bodyIndex * 5 + ordinal) % 12 : ordinal % 2 === 0 ? 9 : 3;
    const startDate = mondayIn(year, month, bodyIndex % 3);
    const draft = (fromLatest === 0 && bodyIndex % 3 !== 0) || (ordinal * 7 + bodyIndex) % 29 === 0;
    const status = draft ? "DRAFT" : year < LATEST_YEAR ? "CLOSED" : ordinal % 2 === 0 ? "ADOPTED" : "PROVISIONAL";
    const slug = sessionSlug(body.prefix, year, ordinal, taken);
    taken.add(slug);
    sessions.push({
      id: id("session"),
      bodyId: body.id,
      ordinal,
      slug,
      title: sessionTitle(body.name, ordinal),
      venue: venue.name,
      timeZone: venue.timeZone,
      startDate,
      endDate: new Date(startDate.getTime() + 4 * DAY),
      status,
      originalLanguage: body.originalLanguage,
      stem: symbolStem(body.prefix, body.byYear, year, ordinal),
    });
  }
  return sessions;
}

/** Every symbol the plan gives a session, for checks: the generator writes exactly these. */
export function plannedSymbols(session: Pick<PlannedSession, "stem">, options: ScaleOptions) {
  return sessionSymbols(session.stem, options.documentsPerSession);
}
