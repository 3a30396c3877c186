import { getTranslations } from "next-intl/server";
import { PaginationNav } from "@/components/ui/pagination-nav";
import { orderedItems } from "@/lib/agenda/numbering";
import type { DocumentRegistry as Registry } from "@/lib/documents/data";
import { isolate } from "@/lib/i18n/bidi";
import { pickText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { DocumentRegistry } from "./document-registry";

export async function DocumentsTab({ registry, locale }: { registry: Registry; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "documentsAdmin" });
  const items = orderedItems(registry.items, locale).map((item) => ({
    id: item.id,
    number: item.number,
    depth: item.depth,
    title: pickText(item.title, locale, registry.originalLanguage),
    documentCount: item.documentCount,
  }));
  const numbers = new Map(items.map((item) => [item.id, item.number]));
  const bodyName =
    pickText(registry.body.name, locale, registry.body.originalLanguage)?.text ?? registry.body.symbolPrefix;
  return (
    <div>
      <h2 id="registry-heading" tabIndex={-1} className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-prose text-slate-700">
        {t("intro", { body: isolate(bodyName), prefix: registry.body.symbolPrefix })}
      </p>
      <DocumentRegistry
        context={{
          sessionId: registry.sessionId,
          lang: registry.originalLanguage,
          bodyPrefix: registry.body.symbolPrefix,
          items,
        }}
        documents={registry.documents}
        mentioned={registry.mentioned.map((m) => ({
          symbol: m.symbol,
          itemNumbers: m.itemIds.flatMap((id) => numbers.get(id) ?? []),
        }))}
        pager={
          <PaginationNav
            page={registry.page}
            href={(n) => `/${locale}/admin/sessions/${registry.sessionId}/documents${n > 1 ? `?page=${n}` : ""}`}
            label={t("registryPages")}
            locale={locale}
          />
        }
      />
    </div>
  );
}
