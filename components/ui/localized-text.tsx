import type { PickedText } from "@/lib/i18n/localized-text";
import { LOCALE_NAMES, textDirection } from "@/lib/i18n/locales";

interface Props {
  value: PickedText | null;
  /** Shown when no language has text at all. */
  empty?: string;
  /**
   * Sentence shown beside text that is in another language than the page ("Not yet translated: shown in
   * {language}"). Left out where the section says so once at its top (the public session page): then the text
   * only carries its own lang/dir.
   */
  fallbackNotice?: (language: string) => string;
}

/**
 * Text from the database in the best available language. When it is not in the page's language, the
 * element carries its own lang/dir (so screen readers switch voice and the right fonts are used), and a visible
 * marker says so unless the section already does.
 * Either way the text is isolated (<bdi>): a bidirectional control typed into a title ("Agenda \u202Efdp.exe")
 * can reorder only that title, never the numbers, markers and labels the page puts around it.
 */
export function LocalizedText({ value, empty = "—", fallbackNotice }: Props) {
  if (!value) return <span className="text-slate-500">{empty}</span>;
  if (!value.isFallback) return <bdi>{value.text}</bdi>;
  const text = (
    <bdi lang={value.lang} dir={textDirection(value.lang)}>
      {value.text}
    </bdi>
  );
  if (!fallbackNotice) return text;
  return (
    <>
      {text} <FallbackMarker notice={fallbackNotice(LOCALE_NAMES[value.lang])} />
    </>
  );
}

export function FallbackMarker({ notice }: { notice: string }) {
  return (
    <span className="inline-block rounded border border-amber-300 bg-amber-50 px-1.5 py-0.5 align-middle text-xs font-normal text-amber-900">
      {notice}
    </span>
  );
}
