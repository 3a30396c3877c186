import { getTranslations } from "next-intl/server";
import type { AgendaEditorData } from "@/lib/agenda/data";
import { languageName as nameOf, type Locale } from "@/lib/i18n/locales";
import { documentAnchor } from "@/lib/sessions/session-view";
import { AgendaEditor } from "./agenda-editor";

/** The secretariat's agenda tab: the editor with everything it needs from the server. */
export async function AgendaTab({ agenda, locale }: { agenda: AgendaEditorData; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "agendaEditor" });
  const original = agenda.session.originalLanguage;
  const languageName = nameOf(locale, original);
  // The same links the public page makes, so the preview shows exactly what readers will get.
  const symbolLinks = agenda.knownSymbols.map((symbol): [string, string] => [symbol, `#${documentAnchor(symbol)}`]);
  return (
    <div>
      <div className="max-w-5xl space-y-3">
        <p>{t("intro", { language: languageName })}</p>
        <p id="agenda-keyboard-help" className="text-sm text-slate-600">
          {t("keyboardHelp")}
        </p>
        {agenda.session.status !== "DRAFT" && (
          <p className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-900">
            {t("publishedNotice")}
          </p>
        )}
      </div>
      <AgendaEditor
        sessionId={agenda.session.id}
        locale={locale}
        originalLanguage={original}
        languageName={languageName}
        items={agenda.items}
        symbolLinks={symbolLinks}
      />
    </div>
  );
}
