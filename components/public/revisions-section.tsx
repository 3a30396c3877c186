import { getTranslations } from "next-intl/server";
import { formatUnDate } from "@/lib/i18n/un-dates";
import type { Locale } from "@/lib/i18n/locales";
import { describeChanges } from "@/lib/revisions/describe";
import type { PublicSession } from "@/lib/sessions/types";
import { changeTranslator } from "./revision-lines";

/** "Revised on 28 June 2018 (…/Rev.1)" with what changed: a reissued agenda says so, as a UN document does. */
export async function RevisionsSection({ session, locale }: { session: PublicSession; locale: Locale }) {
  if (session.revisions.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "revisions" });
  const context = {
    locale,
    originalLanguage: session.originalLanguage,
    workingLanguages: session.body.workingLanguages,
    t: await changeTranslator(locale),
  };
  return (
    <section aria-labelledby="revisions-heading" className="mt-6 rounded border border-slate-300 bg-slate-50 px-4 py-3">
      <h2 id="revisions-heading" className="font-semibold">
        {t("heading")}
      </h2>
      <ol className="mt-2 space-y-3">
        {session.revisions.map((revision) => (
          <li key={`${revision.kind}-${revision.number}`}>
            <p className="font-medium">
              {t("issued", { kind: revision.kind, date: formatUnDate(revision.issuedOn, locale) })}
              {revision.symbol && (
                <>
                  {" "}
                  (<bdi dir="ltr">{revision.symbol}</bdi>)
                </>
              )}
            </p>
            <ul className="mt-1 list-disc space-y-0.5 ps-6 text-slate-800">
              {describeChanges(revision.changes, context).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
