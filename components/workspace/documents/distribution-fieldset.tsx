"use client";

import { useTranslations } from "next-intl";
import { DISTRIBUTIONS, type Distribution } from "@/lib/documents/types";

/** The three UN distributions as radio buttons, each with what it means for who can read the document. */
export function DistributionFieldset({
  value,
  onChange,
}: {
  value: Distribution;
  onChange: (value: Distribution) => void;
}) {
  const t = useTranslations("documentsAdmin");
  return (
    <fieldset>
      <legend className="font-medium">{t("form.distribution")}</legend>
      <div className="mt-1 space-y-2">
        {DISTRIBUTIONS.map((distribution) => (
          <div key={distribution} className="flex items-start gap-2">
            <input
              id={`distribution-${distribution}`}
              type="radio"
              name="distribution"
              className="mt-1 size-4"
              checked={value === distribution}
              aria-describedby={`distribution-${distribution}-hint`}
              onChange={() => onChange(distribution)}
            />
            <div>
              <label htmlFor={`distribution-${distribution}`} className="font-medium">
                {t(`distribution.${distribution}`)}
              </label>
              <p id={`distribution-${distribution}-hint`} className="text-sm text-slate-600">
                {t(`distributionHint.${distribution}`)}
              </p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
