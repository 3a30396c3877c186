import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/ui/localized-text";
import { Markdown } from "@/components/ui/markdown";
import { textDirection, type Locale } from "@/lib/i18n/locales";
import type { ItemView } from "@/lib/sessions/session-view";
import { SectionFallbackNotice } from "./section-fallback-notice";

export async function AnnotationsSection({
  items,
  locale,
  fallback,
}: {
  items: ItemView[];
  locale: Locale;
  /** Languages titles, annotations and document descriptions are shown in instead of the reader's. */
  fallback: readonly Locale[];
}) {
  const t = await getTranslations({ locale, namespace: "session" });
  return (
    <section aria-labelledby="annotations-heading" className="mt-12">
      <h2 id="annotations-heading" className="text-2xl font-semibold">
        {t("annotations")}
      </h2>
      <SectionFallbackNotice languages={fallback} locale={locale} />
      <div className="mt-4 space-y-8">
        {items.map((item) => (
          <ItemAnnotation key={item.id} item={item} locale={locale} />
        ))}
      </div>
    </section>
  );
}

async function ItemAnnotation({ item, locale }: { item: ItemView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "session" });
  const Heading = item.depth === 1 ? "h3" : "h4";
  const DocumentationHeading = item.depth === 1 ? "h4" : "h5";
  return (
    <article id={item.anchor} aria-labelledby={`${item.anchor}-title`} className={item.depth > 1 ? "ms-4 mt-6" : ""}>
      {/* Same hanging indent as the agenda: a wrapped title stays clear of its number. */}
      <Heading
        id={`${item.anchor}-title`}
        className={`grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-2 font-semibold ${item.depth === 1 ? "text-xl" : "text-lg"}`}
      >
        <span className="tabular-nums">{item.label}</span>
        <span className="min-w-0">
          <LocalizedText value={item.title} />
        </span>
      </Heading>
      {item.annotation && (
        <div className="mt-3 max-w-prose">
          <Markdown
            source={item.annotation.markdown}
            lang={item.annotation.lang}
            dir={textDirection(item.annotation.lang)}
          />
        </div>
      )}
      {item.documents.length > 0 && (
        <div className="mt-4 max-w-prose">
          <DocumentationHeading className="font-semibold">{t("documentation")}</DocumentationHeading>
          <ul className="mt-2 space-y-2">
            {item.documents.map((doc) => (
              <li key={doc.id}>
                {t.rich("documentationEntry", {
                  description: () => <LocalizedText value={doc.description ?? doc.title} />,
                  symbol: () => (
                    <a href={`#${doc.anchor}`} className="font-mono text-sm text-un underline underline-offset-2">
                      {doc.symbol}
                    </a>
                  ),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.children.map((child) => (
        <ItemAnnotation key={child.id} item={child} locale={locale} />
      ))}
    </article>
  );
}
