/**
 * The annex "Proposed organization of work", a table flattened into lines: a day line
 * ("Monday, 2 July" / "7月 2日，星期一"), then slots that start with a time range, then item
 * numbers with titles that wrap, some marked "(continued)" / "（续）". Any of these may
 * share a line, because a table row comes out as one line when its cells are short.
 */
import { isoDate, readDayLine, weekdayOf, WEEKDAYS, type DayMonth } from "./dates";
import { comparable, TextBuilder, type WordIndex } from "./join";
import { CONTINUED, headingKey, matchesAny, ORGANIZATION_OF_WORK, TABLE_HEADER } from "./keywords";
import type { Line } from "./lines";
import { itemNumber, readItemReference } from "./numbering";
import { readTimeAtStart, readTimeRangeAtStart } from "./times";
import type { ImportedSlot, Warn } from "./types";

type Entry = { number: string; title: TextBuilder; line: number };
type Slot = { date: string; weekday: string; start: string; end: string; entries: Entry[] };
type Day = { date: string; weekday: string };

export type AnnexContext = {
  /** item numbers on the agenda, with titles to tell a wrapped title from a new item */
  titles: ReadonlyMap<string, string>;
  /** the session's first day, for the year and for sessions that cross a new year */
  sessionStart: string | null;
  fallbackYear: number | null;
};

function yearFor(d: DayMonth, context: AnnexContext): number | null {
  if (d.y !== null) return d.y;
  if (!context.sessionStart) return context.fallbackYear;
  const [y = 0, m = 1] = context.sessionStart.split("-").map(Number);
  // A January day in a session that opens in December belongs to the next year.
  return d.m < m - 6 ? y + 1 : y;
}

function readDay(text: string, line: Line, context: AnnexContext, warn: Warn): { day: Day; length: number } | null {
  const found = readDayLine(text);
  if (!found) return null;
  const written = found.weekday === undefined ? null : WEEKDAYS[found.weekday];
  if (!found.date) {
    warn(line.no, "unrecognised-date", { text: text.slice(0, 80) });
    return { day: { date: "", weekday: written ?? "" }, length: found.length };
  }
  const iso = isoDate(found.date, yearFor(found.date, context));
  if (!iso) {
    warn(line.no, "unrecognised-date", { text: text.slice(0, 80) });
    return { day: { date: "", weekday: written ?? "" }, length: found.length };
  }
  const computed = weekdayOf(iso);
  if (written && written !== computed) warn(line.no, "weekday-mismatch", { text: text.slice(0, found.length).trim() });
  return { day: { date: iso, weekday: computed }, length: found.length };
}

/** Whether `title` is still shorter than the agenda's title for `number`, so more of it may follow. */
function titleIncomplete(entry: Entry | null, context: AnnexContext): boolean {
  if (!entry) return false;
  const full = context.titles.get(entry.number);
  if (!full) return false;
  if (entry.title.length > 2000) return false;
  const have = comparable(entry.title.toString().replace(CONTINUED, ""));
  const want = comparable(full);
  return have.length < want.length && want.startsWith(have);
}

function skip(text: string): boolean {
  const key = headingKey(text);
  return matchesAny(ORGANIZATION_OF_WORK, key) || matchesAny(TABLE_HEADER, key);
}

export function parseAnnex(
  lines: readonly Line[],
  context: AnnexContext,
  words: WordIndex,
  warnNow: Warn,
): ImportedSlot[] {
  // An "organization of work" written as prose has no slots; its lines are not worth a warning each.
  const pending: Array<Parameters<Warn>> = [];
  const warn: Warn = (...args) => void pending.push(args);
  const slots: Slot[] = [];
  let day: Day | null = null;
  let slot: Slot | null = null;
  let entry: Entry | null = null;
  for (const line of lines) {
    if (line.kind !== "content" || line.text.length > 1000 || skip(line.text)) continue;
    let text = line.text;
    const d = readDay(text, line, context, warn);
    if (d) {
      day = d.day;
      slot = null;
      entry = null;
      text = text.slice(d.length).trim();
    }
    const range = readTimeRangeAtStart(text);
    const single = range ? null : readTimeAtStart(text);
    if (range || single) {
      if (!day) warn(line.no, "unrecognised-date", { text: line.text.slice(0, 80) });
      if (single) warn(line.no, "unrecognised-time", { text: text.slice(0, 80) });
      slot = {
        date: day?.date ?? "",
        weekday: day?.weekday ?? "",
        start: range ? range.start : (single as { time: string }).time,
        end: range ? range.end : "",
        entries: [],
      };
      slots.push(slot);
      entry = null;
      text = text
        .slice(range ? range.length : (single as { length: number }).length)
        .replace(/^[\s,，.:：;；–-]+/u, "");
    }
    if (!text) continue;
    const afterTime = text !== line.text && (range !== null || single !== null);
    const ref = readItemReference(text);
    const number = ref
      ? itemNumber((ref.parts[0] ?? "").toUpperCase(), ...ref.parts.slice(1).map((p) => p.toLowerCase()))
      : null;
    const known = number !== null && context.titles.has(number);
    if (ref && number && (known || !titleIncomplete(entry, context)) && slot) {
      if (!known) warn(line.no, "annex-item-not-on-agenda", { number });
      entry = { number, title: new TextBuilder(ref.rest), line: line.no };
      slot.entries.push(entry);
      continue;
    }
    if (entry) {
      entry.title.append(text, words);
      continue;
    }
    // Text in the title column of a slot without an item ("Informal consultations") describes the slot.
    if (!afterTime) warn(line.no, "annex-line-not-understood", { text: text.slice(0, 120) });
  }
  if (slots.length > 0) for (const args of pending) warnNow(...args);
  return slots.map(toSlot);
}

function toSlot(slot: Slot): ImportedSlot {
  const items = new Set<string>();
  const continued = new Set<string>();
  for (const e of slot.entries) {
    items.add(e.number);
    if (CONTINUED.test(e.title.tail(40).slice(-40))) continued.add(e.number);
  }
  return {
    date: slot.date,
    weekday: slot.weekday,
    start: slot.start,
    end: slot.end,
    items: [...items],
    continued: [...continued],
  };
}

/**
 * A programme of meetings (a journal) rather than an annotated agenda: days and time slots with the items taken
 * up in each. Its organization of work is read from the whole text, as there is no annex to hold it.
 */
export function looksLikeProgramme(lines: readonly Line[]): boolean {
  const content = lines.filter((l) => l.kind === "content");
  let days = 0;
  let slots = 0;
  for (const [i, line] of content.entries()) {
    if (line.text.length > 120) continue;
    if (readDayLine(line.text)) days++;
    // A meeting's time, then an item taken up in it: "10 a.m.–1 p.m. 1st meeting" / "1. Opening of the session".
    else if (readTimeRangeAtStart(line.text) && readItemReference(content[i + 1]?.text ?? "")) slots++;
    if (days >= 1 && slots >= 2) return true;
  }
  return false;
}
