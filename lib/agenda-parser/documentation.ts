/**
 * The "Documentation" / "文件" list under an item: one entry per document, usually
 * "description (SYMBOL)", sometimes "SYMBOL description" when pasted from a table.
 * Symbols are validated with parseSymbol; the description gives kind, author and title.
 */
import { normalizeSymbolInput, parseSymbol } from "../documents/symbol";
import { trimEndChars, type WordIndex } from "./join";
import type { Line } from "./lines";
import { joinParagraphs, type Layout } from "./paragraphs";
import type { DocumentKind, ImportedDocument, Warn } from "./types";

// "(CTOC/COP/WG.4/2018/2)" at the end of an entry, possibly followed by list punctuation.
const TRAILING_SYMBOLS = /[(（]([^()（）]*\/[^()（）]*)[)）][\s.。;；,，]*$/u;
// Tables and UNCITRAL-style lists lead with the symbols, several at times, then a dash or a tab:
// "A/CN.9/WG.II/WP.231, A/CN.9/WG.II/WP.231/Add.1 — Note by the Secretariat".
const SYMBOL = String.raw`[A-Z][A-Za-z0-9.()\-]*\/[A-Za-z0-9./()\-]+?`;
const MORE_SYMBOLS = String.raw`(?:\s*(?:[,，;；]|\band\b|\bet\b|\by\b|\bи\b)\s*(?:${SYMBOL}|(?:Add|Corr|Rev|Amend)\.\d{1,3})(?=[\s:：,，;；–—-]))*`;
const LEADING_SYMBOL = new RegExp(String.raw`^(${SYMBOL}${MORE_SYMBOLS})[\s:：,，–—-]+(\S.*)$`, "su");
// Joint documents of two bodies are written "E/CN.7/2022/2-E/CN.15/2022/3".
const SYMBOL_LIST_SEPARATOR = /\s*(?:[,，、;；]|\band\b|\bet\b|\by\b|\bи\b|和|及|و)\s*|-(?=[A-Z]{1,10}\/)/u;

const KIND_KEYWORDS: Array<[DocumentKind, RegExp]> = [
  [
    "provisional agenda and annotations",
    /临时议程|provisional agenda|ordre du jour provisoire|programa provisional|предварительная повестка|جدول الأعمال المؤقت/iu,
  ],
  [
    "conference room paper",
    /非正式文件|会议室文件|conference room paper|document de séance|documento de sesión|документ зала заседаний|ورقة غرفة الاجتماعات/iu,
  ],
  [
    "background paper",
    /背景文件|背景资料|background paper|document d['’]information|documento de antecedentes|справочный документ|ورقة معلومات أساسية/iu,
  ],
  [
    "note by the Secretariat",
    /说明|note by the secretariat|note du secrétariat|nota de la secretaría|записка секретариата|مذكرة من الأمانة/iu,
  ],
  ["report", /报告|\breports?\b|\brapports?\b|\binformes?\b|доклад|تقرير/iu],
];

const AUTHORS: Array<[string, RegExp]> = [
  [
    "Secretary-General",
    /秘书长|secretary-general|secrétaire général|secretario general|генеральн\S* секретар|الأمين العام/iu,
  ],
  ["Secretariat", /秘书处|secretariat|secrétariat|secretaría|секретариат|الأمانة/iu],
  [
    "Executive Director",
    /执行主任|executive director|directeur exécutif|directora? ejecutiv[oa]|директор-исполнитель|المدير التنفيذي/iu,
  ],
  ["Chair", /主席|\bchair(?:person|man)?\b|président|presidente|председател|الرئيس/iu],
];

/** Quoted titles must not count as the description's own words ("a report entitled “…”"). */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]|「[^」]*」/gu;

function earliest<T>(text: string, table: Array<[T, RegExp]>): T | null {
  let best: { value: T; index: number } | null = null;
  for (const [value, re] of table) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { value, index: m.index };
  }
  return best?.value ?? null;
}

function documentKind(description: string, symbol: string): DocumentKind {
  if (/\/CRP\.\d/i.test(symbol)) return "conference room paper";
  return earliest(description.replace(QUOTED, ""), KIND_KEYWORDS) ?? "other";
}

function issuedBy(description: string, kind: DocumentKind): string | null {
  const unquoted = description.replace(QUOTED, "");
  const submitted =
    /submitted by (?:the )?(.{2,80}?)(?=\s+(?:on|concerning|regarding|containing|entitled|for|in|with)\s|[,;(]|$)|提交方[:：]\s*([^，,；;]{2,40})|由(.{2,30}?)提交/iu.exec(
      unquoted,
    );
  if (submitted) return (submitted[1] ?? submitted[2] ?? submitted[3] ?? "").trim();
  const author = earliest(unquoted, AUTHORS);
  if (author) return author;
  // Papers in a body's own series are the Secretariat's unless someone else is named.
  return kind === "conference room paper" || kind === "background paper" || kind === "note by the Secretariat"
    ? "Secretariat"
    : null;
}

const capitalize = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A short phrase that only says what kind of document it is or who wrote it. */
const labels = (text: string): boolean => earliest(text, KIND_KEYWORDS) !== null || earliest(text, AUTHORS) !== null;

function documentTitle(description: string): string {
  const quoted =
    /(?:题为|标题为|entitled|intitulée?|titulad[oa]|озаглавленн\S*|بعنوان)\s*[:：]?\s*(?:“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»|„([^“”]+)[“”])/iu.exec(
      description,
    );
  if (quoted) return (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4] ?? "").trim();
  // "Note by the Secretariat: revised model clauses": what follows the kind or author is the title.
  const labelled = /^([^:：]{3,60})[:：]\s*(\S.{3,})$/su.exec(description);
  if (labelled && labels(labelled[1] ?? "")) return capitalize((labelled[2] ?? "").trim());
  // …and what precedes it when the label comes last: "Revised draft convention: note by the Chair-Rapporteur".
  const labelledLast = /^(\S.{3,}?)[:：]\s*([^:：]{3,60})$/su.exec(description);
  if (labelledLast && labels(labelledLast[2] ?? "")) return (labelledLast[1] ?? "").trim();
  const containing =
    /(?:其中载有|载有|containing|contenant|que contiene|содержащ\S*)\s*(?:the\s+|a\s+|an\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+)?(.+)$/iu.exec(
      description,
    );
  const contents = containing?.[1] ?? "";
  if (contents.length >= 4) return capitalize(contents.trim());
  return description;
}

type Found = { symbols: string[]; description: string };

function splitEntry(entry: string, line: number, warn: Warn): Found | null {
  const trailing = TRAILING_SYMBOLS.exec(entry);
  const leading = trailing ? null : LEADING_SYMBOL.exec(entry);
  const raw = trailing ? trailing[1] : leading ? leading[1] : undefined;
  if (raw === undefined) return null;
  const description = trailing ? entry.slice(0, trailing.index) : (leading?.[2] ?? "");
  const symbols: string[] = [];
  for (const piece of raw
    .split(SYMBOL_LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean)) {
    // "(A/HRC/WG.6/35/1 and Corr.1)": a bare modifier belongs to the symbol before it.
    const previous = symbols.at(-1);
    const candidate = previous && /^(?:add|corr|rev|amend)\.\d/i.test(piece) ? `${previous}/${piece}` : piece;
    const parsed = parseSymbol(candidate);
    if (parsed.ok) symbols.push(parsed.value.symbol);
    else warn(line, "invalid-symbol", { text: normalizeSymbolInput(candidate).slice(0, 80), error: parsed.error.code });
  }
  return { symbols, description: trimEndChars(description, ",，;；:：.。").trim() };
}

/** An entry ends with its symbol, so a line closing a bracketed symbol closes the entry. */
const closesEntry = (text: string): boolean => TRAILING_SYMBOLS.test(text.slice(-200));
const opensEntry = (text: string): boolean =>
  /^[A-Z][A-Za-z0-9.()\-]*\/[A-Za-z0-9./()\-]+\s+\S/.test(text) && !/^\S+\/$/.test(text);

export function parseDocumentation(
  lines: readonly Line[],
  layout: Layout,
  words: WordIndex,
  warn: Warn,
): ImportedDocument[] {
  const entries = joinParagraphs(
    lines,
    layout,
    words,
    warn,
    (line, current) => closesEntry(current) || opensEntry(line.text),
  );
  const out: ImportedDocument[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const found = splitEntry(entry.text, entry.line, warn);
    if (!found) {
      warn(entry.line, "documentation-entry-without-symbol", { text: entry.text.slice(0, 120) });
      continue;
    }
    for (const symbol of found.symbols) {
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const kind = documentKind(found.description, symbol);
      out.push({
        symbol,
        kind,
        issuedBy: issuedBy(found.description, kind),
        title: found.description ? documentTitle(found.description) : null,
        description: found.description,
      });
    }
  }
  return out;
}
