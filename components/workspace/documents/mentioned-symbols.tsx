"use client";

import { useLocale, useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/workspace/form-controls";
import type { MentionChoice } from "./registry-types";

/** Symbols the annotations cite that no registry knows: registering one makes it a link on the public page. */
export function MentionedSymbols({
  mentioned,
  onRegister,
}: {
  mentioned: MentionChoice[];
  onRegister: (symbol: string, trigger: HTMLElement) => void;
}) {
  const t = useTranslations("documentsAdmin");
  const locale = useLocale();
  const list = (numbers: string[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format(numbers.map((number) => t("itemRef", { number })));
  return (
    <section aria-labelledby="mentioned-heading" className="mt-10">
      <h3 id="mentioned-heading" className="text-lg font-semibold">
        {t("mentioned.heading")}
      </h3>
      <p className="max-w-prose text-sm text-slate-600">{t("mentioned.intro")}</p>
      {mentioned.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("mentioned.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
          {mentioned.map((m) => (
            <li key={m.symbol} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-mono font-semibold">{m.symbol}</span>
                <span className="ms-3 text-sm text-slate-600">
                  {t("mentioned.mentionedIn", { items: list(m.itemNumbers) })}
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                aria-label={t("mentioned.registerLabel", { symbol: m.symbol })}
                onClick={(e) => onRegister(m.symbol, e.currentTarget)}
              >
                {t("mentioned.register")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
