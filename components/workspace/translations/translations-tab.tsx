import { getTranslations } from "next-intl/server";
import { isLocale, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { countStates, leastCompleteLocale } from "@/lib/translations/completeness";
import type { TranslationWorkspace as Workspace } from "@/lib/translations/data";
import { targetGroups } from "@/lib/translations/rows";
import { TranslationFilter } from "./translation-filter";
import { TranslationList } from "./translation-list";
import { TranslationSummary } from "./translation-summary";

interface Props {
  sessionId: string;
  workspace: Workspace;
  locale: Locale;
  /** The requested target language, from the address; anything else falls back to the least complete one. */
  lang: string | undefined;
  onlyMissing: boolean;
}

export async function TranslationsTab({ sessionId, workspace, locale, lang, onlyMissing }: Props) {
  const t = await getTranslations({ locale, namespace: "translations" });
  const counts = countStates(workspace.groups.flatMap((group) => group.fields));
  const original = workspace.originalLanguage;
  const target = isLocale(lang) && lang !== original ? lang : leastCompleteLocale(counts, original);
  const base = `/${locale}/admin/sessions/${sessionId}/translations`;
  return (
    <div>
      <div className="space-y-6">
        <div className="max-w-prose">
          <h2 className="text-xl font-semibold">{t("heading")}</h2>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        <TranslationSummary
          counts={counts}
          original={original}
          target={target}
          href={(l) => `${base}?lang=${l}${onlyMissing ? "&missing=1" : ""}`}
          locale={locale}
        />
        <TranslationFilter action={base} original={original} target={target} onlyMissing={onlyMissing} />
        <TranslationList
          key={`${target}-${onlyMissing}`}
          sessionId={sessionId}
          target={target}
          targetName={LOCALE_NAMES[target]}
          groups={targetGroups(workspace.groups, target)}
          onlyMissing={onlyMissing}
        />
      </div>
    </div>
  );
}
