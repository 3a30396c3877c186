import { changeTranslator } from "@/components/public/revision-lines";
import type { HistoryEvent } from "@/lib/history/data";
import type { Locale } from "@/lib/i18n/locales";
import { describeChanges } from "@/lib/revisions/describe";

/** A revision or corrigendum in the history: the symbol it was issued under and its changelog, as the public reads. */
export async function IssuedChanges({
  issue,
  locale,
  originalLanguage,
}: {
  issue: NonNullable<HistoryEvent["issue"]>;
  locale: Locale;
  originalLanguage: Locale;
}) {
  const lines = describeChanges(issue.changes, { locale, originalLanguage, t: await changeTranslator(locale) });
  return (
    <div className="mt-2 text-sm">
      {issue.symbol && (
        <p>
          <bdi dir="ltr" className="font-mono">
            {issue.symbol}
          </bdi>
        </p>
      )}
      <ul className="mt-1 list-disc space-y-0.5 ps-6">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
