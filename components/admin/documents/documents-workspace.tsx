import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionTabs } from "@/components/admin/sessions/session-tabs";
import { orderedItems } from "@/lib/agenda/numbering";
import { getDb } from "@/lib/db";
import { getDocumentRegistry } from "@/lib/documents/data";
import { isolate } from "@/lib/i18n/bidi";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { getEditableSession } from "@/lib/sessions/editing/data";
import { DocumentRegistry } from "./document-registry";

export async function DocumentsWorkspace({ sessionId, locale }: { sessionId: string; locale: Locale }) {
  const db = getDb();
  const [session, registry] = await Promise.all([getEditableSession(db, sessionId), getDocumentRegistry(db, sessionId)]);
  if (!session || !registry) notFound();
  const t = await getTranslations({ locale, namespace: "documentsAdmin" });
  const items = orderedItems(registry.items, locale).map((item) => ({
    id: item.id,
    number: item.number,
    depth: item.depth,
    title: pickText(item.title, locale, registry.originalLanguage),
    documentCount: item.documentCount,
  }));
  const numbers = new Map(items.map((item) => [item.id, item.number]));
  const bodyName = pickText(registry.body.name, locale, registry.body.originalLanguage)?.text ?? registry.body.symbolPrefix;
  return (
    <div>
      <SessionTabs session={session} locale={locale} current="documents" />
      <h2 id="registry-heading" tabIndex={-1} className="text-xl font-semibold">{t("heading")}</h2>
      <p className="mt-1 max-w-prose text-slate-700">{t("intro", { body: isolate(bodyName), prefix: registry.body.symbolPrefix })}</p>
      <DocumentRegistry
        context={{ sessionId: registry.sessionId, lang: registry.originalLanguage, bodyPrefix: registry.body.symbolPrefix, items }}
        documents={registry.documents}
        mentioned={registry.mentioned.map((m) => ({ symbol: m.symbol, itemNumbers: m.itemIds.flatMap((id) => numbers.get(id) ?? []) }))}
      />
    </div>
  );
}
