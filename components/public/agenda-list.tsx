import type { ReactNode } from "react";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import type { ItemView } from "@/lib/sessions/session-view";
import { LiveItemStatus } from "./live/live-item-status";
import { SectionFallbackNotice } from "./section-fallback-notice";

export async function AgendaList({
  items,
  locale,
  heading,
  fallback,
}: {
  items: ItemView[];
  locale: Locale;
  heading: ReactNode;
  /** Languages item titles are shown in instead of the reader's: said once, under the heading. */
  fallback: readonly Locale[];
}) {
  const renderItems = (list: ItemView[]) => (
    <ol className={list[0] && list[0].depth > 1 ? "mt-1 space-y-1 ps-8" : "space-y-3"}>
      {list.map((item) => (
        <li key={item.id} data-item-number={item.number} className="list-none">
          {/* Number in its own column, title and status in the next: a wrapped title keeps its hanging indent
              and never pushes the number onto a line of its own (phone, print, desktop; mirrored in Arabic). */}
          <div className="grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-2" data-agenda-row>
            <span className="min-w-8 font-semibold tabular-nums" aria-hidden="true" data-agenda-number>
              {item.label}
            </span>
            <span className="min-w-0" data-agenda-title>
              <a href={`#${item.anchor}`} className="underline-offset-2 hover:underline">
                <span className="sr-only">{item.label} </span>
                <LocalizedText value={item.title} />
              </a>{" "}
              <LiveItemStatus itemId={item.id} />
            </span>
          </div>
          {item.children.length > 0 && renderItems(item.children)}
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="agenda-heading" className="mt-10">
      <h2 id="agenda-heading" className="text-2xl font-semibold">
        {heading}
      </h2>
      <SectionFallbackNotice languages={fallback} locale={locale} />
      <div className="mt-4">{renderItems(items)}</div>
    </section>
  );
}
