/**
 * The masthead above the document title: the body's name, the session line
 * ("Vienna, 2 and 3 July 2018" / "2018 年 7 月 2 日和 3 日，维也纳") and, for bodies that
 * number sessions, an ordinal line ("Sixty-third session" / "第六十三届会议").
 */
import { findDate, isoDate } from "./dates";
import { DOCUMENT_TITLE, headingKey, matchesAny } from "./keywords";
import { bareSymbol, type Line } from "./lines";
import { findOrdinal } from "./ordinals";

export type Masthead = {
  bodyName: string | null;
  venue: string | null;
  startDate: string | null;
  endDate: string | null;
  ordinal: number | null;
  /** the ordinal line as written, used to build a session title when the annotations do not give one */
  ordinalLine: string | null;
};

type SessionLine = { index: number; venue: string | null; start: string | null; end: string | null };

const BODY_WORDS =
  /工作组|委员会|会议|理事会|大会|专家组|working group|commission|committee|conference|council|assembly|group|meeting|forum|board|groupe|comité|conférence|conseil|grupo|comisión|comité|conferencia|consejo|группа|комиссия|комитет|конференция|совет/iu;

// Lines that are never the body name: the agenda symbol, "Item 3 of the provisional agenda", dates.
const NOT_BODY = /agenda|议程|ordre du jour|programa|повестк|جدول الأعمال/iu;

// A wrapped name continues after these words: "Working Group on the Smuggling of" / "Migrants".
const WRAPS_AFTER = /(?:^|\s)(?:of|on|the|to|and|for|against|in|de|du|des|la|le|del|los|las|y|et|по|и|в|о)$/iu;

function sessionLine(text: string, index: number): SessionLine | null {
  const date = findDate(text);
  if (!date) return null;
  const rest = (text.slice(0, date.index) + " " + text.slice(date.index + date.length))
    .replace(/[,，、;；:：()（）\s]+/g, " ")
    .trim();
  const isVenue = rest.length >= 2 && rest.length <= 60 && !/\d/.test(rest) && /\p{L}/u.test(rest);
  const isRange = date.start.d !== date.end.d || date.start.m !== date.end.m;
  if (!isVenue && !isRange) return null;
  const start = isoDate(date.start);
  return { index, venue: isVenue ? rest : null, start, end: isoDate(date.end, date.start.y) ?? start };
}

function isOrdinalLine(text: string): boolean {
  const found = findOrdinal(text);
  return found !== null && text.length <= found.length + found.index + 12 && found.index <= 12;
}

function skippable(text: string): boolean {
  return (
    isOrdinalLine(text) ||
    bareSymbol(text) !== null ||
    findDate(text) !== null ||
    NOT_BODY.test(text) ||
    matchesAny(DOCUMENT_TITLE, headingKey(text)) ||
    !/\p{L}{2}/u.test(text) ||
    text.length > 150
  );
}

function bodyName(content: Line[], below: number): string | null {
  let last = -1;
  for (let i = below - 1; i >= 0; i--) {
    if (!skippable(content[i]?.text ?? "")) {
      last = i;
      break;
    }
  }
  if (last === -1) {
    const keyword = content.find((l) => !skippable(l.text) && BODY_WORDS.test(l.text));
    return keyword ? keyword.text : null;
  }
  let name = content[last]?.text ?? "";
  for (let i = last - 1; i >= 0 && last - i <= 3; i--) {
    const above = content[i]?.text ?? "";
    if (skippable(above)) break;
    if (!WRAPS_AFTER.test(above) && !/^\p{Ll}/u.test(name)) break;
    name = `${above} ${name}`;
  }
  return name;
}

export function parseMasthead(lines: readonly Line[], end: number): Masthead {
  const content = lines.slice(0, end).filter((l) => l.kind === "content" && l.text.length <= 300);
  let session: SessionLine | null = null;
  for (const [i, line] of content.entries()) {
    session = sessionLine(line.text, i);
    if (session) break;
  }
  const ordinalIndex = content.findIndex((l) => isOrdinalLine(l.text));
  const ordinalLine = content[ordinalIndex]?.text ?? null;
  return {
    bodyName: bodyName(content, session ? session.index : content.length),
    venue: session?.venue ?? null,
    startDate: session?.start ?? null,
    endDate: session?.end ?? null,
    ordinal: ordinalLine ? (findOrdinal(ordinalLine)?.value ?? null) : null,
    ordinalLine,
  };
}
