/**
 * Reading a meeting's ordinal back into a number: "eighth meeting", "sixty-third session",
 * "8th session", "第八次会议", "第六十三届会议", "huitième réunion", "63º período de sesiones",
 * "восьмое совещание". lib/i18n/ordinal.ts goes the other way (number to words).
 */

const ORDINAL_WORDS: Array<[string, number]> = [];
const CARDINAL_WORDS: Array<[string, number]> = [];
const ordinals = (list: Array<[string, number]>) => ORDINAL_WORDS.push(...list);
const cardinals = (list: Array<[string, number]>) => CARDINAL_WORDS.push(...list);

const EN = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
ordinals(EN.map((w, i) => [w, i + 1]));
ordinals([
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
  ["hundredth", 100],
]);
cardinals([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["one", 1],
  ["hundred", 100],
]);

const FR = [
  "premier",
  "deuxième",
  "troisième",
  "quatrième",
  "cinquième",
  "sixième",
  "septième",
  "huitième",
  "neuvième",
  "dixième",
  "onzième",
  "douzième",
  "treizième",
  "quatorzième",
  "quinzième",
  "seizième",
];
ordinals(FR.map((w, i) => [w, i + 1]));
ordinals([
  ["première", 1],
  ["unième", 1],
  ["second", 2],
  ["seconde", 2],
  ["vingtième", 20],
  ["trentième", 30],
  ["quarantième", 40],
  ["cinquantième", 50],
  ["soixantième", 60],
  ["centième", 100],
]);
cardinals([
  ["dix", 10],
  ["vingt", 20],
  ["trente", 30],
  ["quarante", 40],
  ["cinquante", 50],
  ["soixante", 60],
  ["quatre-vingt", 80],
  ["quatre-vingts", 80],
  ["cent", 100],
]);

// Spanish and Russian ordinals inflect; stems are matched at the start of the word, longest first.
const ES_STEMS: Array<[string, number]> = [
  ["primer", 1],
  ["segund", 2],
  ["tercer", 3],
  ["cuart", 4],
  ["quint", 5],
  ["sext", 6],
  ["séptim", 7],
  ["septim", 7],
  ["octav", 8],
  ["noven", 9],
  ["décim", 10],
  ["decim", 10],
  ["undécim", 11],
  ["duodécim", 12],
  ["vigésim", 20],
  ["trigésim", 30],
  ["cuadragésim", 40],
  ["quincuagésim", 50],
  ["sexagésim", 60],
  ["septuagésim", 70],
  ["octogésim", 80],
  ["nonagésim", 90],
  ["centésim", 100],
];
const RU_STEMS: Array<[string, number]> = [
  ["перв", 1],
  ["втор", 2],
  ["трет", 3],
  ["четверт", 4],
  ["пят", 5],
  ["шест", 6],
  ["седьм", 7],
  ["восьм", 8],
  ["девят", 9],
  ["десят", 10],
  ["одиннадцат", 11],
  ["двенадцат", 12],
  ["тринадцат", 13],
  ["четырнадцат", 14],
  ["пятнадцат", 15],
  ["шестнадцат", 16],
  ["семнадцат", 17],
  ["восемнадцат", 18],
  ["девятнадцат", 19],
  ["двадцат", 20],
  ["тридцат", 30],
  ["сороков", 40],
  ["пятидесят", 50],
  ["шестидесят", 60],
  ["семидесят", 70],
  ["восьмидесят", 80],
  ["девяност", 90],
  ["сот", 100],
];
cardinals([
  ["двадцать", 20],
  ["тридцать", 30],
  ["сорок", 40],
  ["пятьдесят", 50],
  ["шестьдесят", 60],
  ["семьдесят", 70],
  ["восемьдесят", 80],
  ["девяносто", 90],
  ["сто", 100],
]);
const STEMS = [...ES_STEMS, ...RU_STEMS].sort((a, b) => b[0].length - a[0].length);

const ORDINAL_LOOKUP = new Map(ORDINAL_WORDS);
const CARDINAL_LOOKUP = new Map(CARDINAL_WORDS);

function ordinalWord(word: string): number | undefined {
  const exact = ORDINAL_LOOKUP.get(word);
  if (exact !== undefined) return exact;
  // "decimotercera" = décimo + tercera
  const decimo = /^d[eé]cimo(.+)$/.exec(word);
  if (decimo) {
    const unit = ordinalWord(decimo[1] ?? "");
    if (unit !== undefined && unit < 10) return 10 + unit;
  }
  for (const [stem, value] of STEMS) if (word.startsWith(stem) && word.length - stem.length <= 3) return value;
  return undefined;
}

/** Value of the ordinal made of the last words of `words`, e.g. ["the","sixty-third"] → 63. */
function ordinalFromWords(words: string[]): number | null {
  const tokens = words
    .flatMap((w) => w.toLowerCase().split(/-(?!vingt)/))
    .filter((t) => t !== "and" && t !== "et" && t !== "y");
  const last = tokens.at(-1);
  if (last === undefined) return null;
  const digits = /^(\d{1,3})(?:st|nd|rd|th|e|ème|er|re|º|ª|\.ª|\.º|-?[ея]|-?[ао]й|-?ое)?$/.exec(last);
  if (digits) return Number(digits[1]);
  const unit = ordinalWord(last);
  if (unit === undefined) return null;
  let total = unit;
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] ?? "";
    if (t === "hundred" && i > 0 && CARDINAL_LOOKUP.get(tokens[i - 1] ?? "") === 1) {
      total += 100;
      i--;
      continue;
    }
    const value = CARDINAL_LOOKUP.get(t) ?? ordinalWord(t);
    if (value === undefined || value <= unit) break;
    total += value;
  }
  return total;
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const value = ZH_DIGITS[ch];
    if (value !== undefined) digit = value;
    else if (ch === "十" || ch === "百" || ch === "千") {
      const unit = ch === "十" ? 10 : ch === "百" ? 100 : 1000;
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else return null;
  }
  return total + digit || null;
}

const NOUNS = String.raw`(?:meeting|session|réunion|reunión|período de sesiones|periodo de sesiones|совещани[ея]|сесси[ия]|заседани[ея])`;
const LATIN_ORDINAL = new RegExp(
  String.raw`((?:[\p{L}\d.ºª-]+\s+){0,3}[\p{L}\d.ºª-]+)\s+(?:resumed\s+)?${NOUNS}`,
  "iu",
);
const ZH_ORDINAL = /第\s*([零〇一二两三四五六七八九十百千\d]{1,8})\s*(?:次|届)(?:特别)?(?:会议|会|续会)/;

/** The ordinal of a meeting or session mentioned in `text`, with the index where the phrase starts. */
export function findOrdinal(text: string): { value: number; index: number; length: number } | null {
  const sample = text.slice(0, 2000);
  const zh = ZH_ORDINAL.exec(sample);
  if (zh) {
    const value = chineseNumber(zh[1] ?? "");
    if (value) return { value, index: zh.index, length: zh[0].length };
  }
  const m = LATIN_ORDINAL.exec(sample);
  if (!m) return null;
  const phrase = m[1] ?? "";
  const words = phrase.split(/\s+/);
  // Take the shortest run of last words that reads as an ordinal, then extend while it still does.
  for (let take = 1; take <= words.length; take++) {
    const value = ordinalFromWords(words.slice(-take));
    if (value !== null) {
      let best = { value, take };
      for (let more = take + 1; more <= words.length; more++) {
        const v = ordinalFromWords(words.slice(-more));
        if (v !== null && v > best.value) best = { value: v, take: more };
      }
      const phraseStart = m.index + phrase.length - words.slice(-best.take).join(" ").length;
      return { value: best.value, index: phraseStart, length: m.index + m[0].length - phraseStart };
    }
  }
  return null;
}
