/**
 * Language of the pasted document, from its script and, for Latin script, from the
 * commonest function words (English, French and Spanish agendas share the script).
 */
import type { ImportLanguage } from "./types";

const SAMPLE = 200_000;

const STOPWORDS: Record<"en" | "fr" | "es", readonly string[]> = {
  en: ["the", "of", "and", "to", "will", "be", "on", "agenda", "meeting", "session", "item", "with", "its"],
  fr: ["le", "la", "les", "des", "du", "et", "sera", "ordre", "jour", "réunion", "séance", "au", "aux", "sur"],
  es: ["el", "los", "las", "del", "y", "se", "programa", "reunión", "período", "sesiones", "tema", "al", "por"],
};

export function detectLanguage(text: string): ImportLanguage | null {
  const sample = text.slice(0, SAMPLE);
  let han = 0;
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const m of sample.matchAll(/\p{Script=Han}|\p{Script=Arabic}|\p{Script=Cyrillic}|\p{Script=Latin}/gu)) {
    const ch = m[0];
    if (/\p{Script=Han}/u.test(ch)) han++;
    else if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else latin++;
  }
  // Symbols such as CTOC/COP/WG.4 are Latin in every language version, so other scripts win at lower counts.
  const scores: Array<[ImportLanguage | "latin", number]> = [
    ["zh", han * 3],
    ["ar", arabic * 1.5],
    ["ru", cyrillic * 1.5],
    ["latin", latin],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, score] = scores[0] ?? ["latin", 0];
  if (score < 4) return null;
  if (best !== "latin") return best;
  return latinLanguage(sample.toLowerCase());
}

function latinLanguage(lower: string): ImportLanguage | null {
  const counts: Record<"en" | "fr" | "es", number> = { en: 0, fr: 0, es: 0 };
  const sets = (Object.keys(STOPWORDS) as Array<"en" | "fr" | "es">).map(
    (lang) => [lang, new Set(STOPWORDS[lang])] as const,
  );
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    for (const [lang, set] of sets) if (set.has(m[0])) counts[lang]++;
  }
  const ranked = (Object.entries(counts) as Array<["en" | "fr" | "es", number]>).sort((a, b) => b[1] - a[1]);
  const [top, count] = ranked[0] ?? ["en", 0];
  return count >= 2 ? top : null;
}
