/**
 * Spelled-out ordinals in French, Spanish, Russian and Arabic as UN documents write a meeting's or session's
 * number ("huitième réunion", "octava reunión", "восьмое совещание", "الاجتماع الثامن"). These languages agree
 * the ordinal with its noun, so the caller says which gender the noun has. Up to 99 words are spelled; beyond,
 * the figure with its ordinal mark ("100e", "100.º", "100-е"), as these languages write large ordinals.
 */

export type Gender = "m" | "f" | "n";

const FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
const FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];
const FR_TENS = [
  "",
  "",
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "soixante",
  "quatre-vingt",
  "quatre-vingt",
];

function frenchCardinal(n: number): string {
  if (n < 10) return FR_UNITS[n] ?? "";
  if (n < 20) return FR_TEENS[n - 10] ?? "";
  const tens = Math.floor(n / 10);
  const units = n % 10;
  // 70–79 and 90–99 count on from 60 and 80: soixante-dix, quatre-vingt-onze.
  const rest = tens === 7 || tens === 9 ? 10 + units : units;
  const head = FR_TENS[tens] ?? "";
  if (rest === 0) return tens === 8 ? "quatre-vingts" : head;
  const joiner = (rest === 1 || rest === 11) && tens < 8 ? " et " : "-";
  return `${head}${joiner}${frenchCardinal(rest)}`;
}

export function frenchOrdinal(n: number, gender: Gender): string | null {
  if (n < 1) return null;
  if (n > 99) return `${n}e`;
  if (n === 1) return gender === "f" ? "première" : "premier";
  const cardinal = frenchCardinal(n).replace(/quatre-vingts$/u, "quatre-vingt");
  if (cardinal.endsWith("cinq")) return `${cardinal}uième`;
  if (cardinal.endsWith("neuf")) return `${cardinal.slice(0, -1)}vième`;
  return `${cardinal.replace(/e$/u, "")}ième`;
}

const ES_UNITS = ["", "primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
const ES_TENS = [
  "",
  "décimo",
  "vigésimo",
  "trigésimo",
  "cuadragésimo",
  "quincuagésimo",
  "sexagésimo",
  "septuagésimo",
  "octogésimo",
  "nonagésimo",
];
const ES_TEENS: Record<number, string> = { 11: "undécimo", 12: "duodécimo" };
const ES_DECIMO_UNITS = ["", "", "", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];

function spanishAgree(word: string, gender: Gender): string {
  if (gender === "f") return word.replace(/o$/u, "a");
  // Before a masculine noun "primero" and "tercero" lose their ending: "octavo", but "primer período de sesiones".
  return word.replace(/(primer|tercer)o$/u, "$1");
}

export function spanishOrdinal(n: number, gender: Gender): string | null {
  if (n < 1) return null;
  if (n > 99) return `${n}.${gender === "f" ? "ª" : "º"}`;
  if (n < 10) return spanishAgree(ES_UNITS[n] ?? "", gender);
  const special = ES_TEENS[n];
  if (special) return spanishAgree(special, gender);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 1) {
    // decimotercero, decimoctavo (the two o's merge).
    const joined = `decimo${ES_DECIMO_UNITS[units] ?? ""}`.replace("decimoo", "decimo");
    return units === 0 ? spanishAgree("décimo", gender) : spanishAgree(joined, gender);
  }
  const head = spanishAgree(ES_TENS[tens] ?? "", gender);
  return units === 0 ? head : `${head} ${spanishAgree(ES_UNITS[units] ?? "", gender)}`;
}

// Russian: stems with their endings, neuter / feminine / masculine. Compound ordinals put the tens as a cardinal.
const RU_UNITS: Array<[string, string, string, string]> = [
  ["", "", "", ""],
  ["перв", "ое", "ая", "ый"],
  ["втор", "ое", "ая", "ой"],
  ["трет", "ье", "ья", "ий"],
  ["четверт", "ое", "ая", "ый"],
  ["пят", "ое", "ая", "ый"],
  ["шест", "ое", "ая", "ой"],
  ["седьм", "ое", "ая", "ой"],
  ["восьм", "ое", "ая", "ой"],
  ["девят", "ое", "ая", "ый"],
];
const RU_TEENS = [
  "десят",
  "одиннадцат",
  "двенадцат",
  "тринадцат",
  "четырнадцат",
  "пятнадцат",
  "шестнадцат",
  "семнадцат",
  "восемнадцат",
  "девятнадцат",
];
const RU_TENS_STEM = [
  "",
  "",
  "двадцат",
  "тридцат",
  "сороков",
  "пятидесят",
  "шестидесят",
  "семидесят",
  "восьмидесят",
  "девяност",
];
const RU_TENS_CARDINAL = [
  "",
  "",
  "двадцать",
  "тридцать",
  "сорок",
  "пятьдесят",
  "шестьдесят",
  "семьдесят",
  "восемьдесят",
  "девяносто",
];

function russianEnding(stem: [string, string, string, string], gender: Gender): string {
  const [base, neuter, feminine, masculine] = stem;
  return base + (gender === "n" ? neuter : gender === "f" ? feminine : masculine);
}

export function russianOrdinal(n: number, gender: Gender): string | null {
  if (n < 1) return null;
  if (n > 99) return `${n}-${gender === "n" ? "е" : gender === "f" ? "я" : "й"}`;
  if (n < 10) return russianEnding(RU_UNITS[n] ?? ["", "", "", ""], gender);
  const regular = (stem: string) => russianEnding([stem, "ое", "ая", "ый"], gender);
  if (n < 20) return regular(RU_TEENS[n - 10] ?? "");
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (units === 0) {
    const stem = RU_TENS_STEM[tens] ?? "";
    // сороковой, девяностый: the masculine of these two is stressed differently.
    return tens === 4 ? russianEnding([stem, "ое", "ая", "ой"], gender) : regular(stem);
  }
  return `${RU_TENS_CARDINAL[tens]} ${russianEnding(RU_UNITS[units] ?? ["", "", "", ""], gender)}`;
}

const AR_UNITS_M = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const AR_UNITS_F = [
  "",
  "الأولى",
  "الثانية",
  "الثالثة",
  "الرابعة",
  "الخامسة",
  "السادسة",
  "السابعة",
  "الثامنة",
  "التاسعة",
];
const AR_TENS = ["", "", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"];

export function arabicOrdinal(n: number, gender: Gender): string | null {
  if (n < 1) return null;
  if (n > 99) return String(n);
  const feminine = gender === "f";
  const units = n % 10;
  const tens = Math.floor(n / 10);
  // In compounds "first" is الحادي / الحادية: الحادي عشر, الحادية والعشرون.
  const unit = (u: number) =>
    u === 1 && n > 10 ? (feminine ? "الحادية" : "الحادي") : ((feminine ? AR_UNITS_F : AR_UNITS_M)[u] ?? "");
  if (n < 10) return unit(n);
  if (n === 10) return feminine ? "العاشرة" : "العاشر";
  if (n < 20) return `${unit(units)} ${feminine ? "عشرة" : "عشر"}`;
  return units === 0 ? (AR_TENS[tens] ?? null) : `${unit(units)} و${AR_TENS[tens]}`;
}
