"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { TargetGroup } from "@/lib/translations/rows";
import { TranslationField } from "./translation-field";

interface Props {
  sessionId: string;
  target: Locale;
  targetName: string;
  groups: TargetGroup[];
  onlyMissing: boolean;
}

const groupKey = (group: Pick<TargetGroup, "entity" | "id">) => `${group.entity}:${group.id}`;

export function TranslationList({ sessionId, target, targetName, groups, onlyMissing }: Props) {
  const t = useTranslations("translations");
  // Fields of one row share its version: saving the title must not make the annotation's next save a conflict.
  const [versions, setVersions] = useState<Record<string, number>>({});
  // The missing fields as the page opened: a field saved under the filter stays in view instead of vanishing.
  const [missing] = useState(() =>
    onlyMissing
      ? new Set(
          groups.flatMap((g) => g.fields.filter((f) => f.state === "MISSING").map((f) => `${groupKey(g)}:${f.field}`)),
        )
      : null,
  );
  const visible = groups
    .map((group) => ({
      ...group,
      fields: group.fields.filter((f) => !missing || missing.has(`${groupKey(group)}:${f.field}`)),
    }))
    .filter((group) => group.fields.length > 0);
  const total = groups.reduce((sum, group) => sum + group.fields.length, 0);
  const shown = visible.reduce((sum, group) => sum + group.fields.length, 0);

  if (total === 0) return <p>{t("nothingToTranslate")}</p>;
  return (
    <div className="space-y-8">
      <p className="text-sm text-slate-600">{t("shownCount", { shown, total })}</p>
      {visible.length === 0 && <p>{t("nothingMissing", { language: targetName })}</p>}
      {visible.map((group) => {
        const key = groupKey(group);
        const headingId = `group-${group.entity}-${group.id}`;
        return (
          <section key={key} aria-labelledby={headingId} className="rounded border border-slate-300 p-4">
            <h3 id={headingId} className="text-lg font-semibold">
              {t(`group.${group.entity}`, { number: group.reference ?? "", symbol: group.reference ?? "" })}
            </h3>
            {group.fields.map((field) => (
              <TranslationField
                key={field.field}
                sessionId={sessionId}
                group={group}
                version={Math.max(group.version, versions[key] ?? 0)}
                onVersion={(version) => setVersions((v) => ({ ...v, [key]: version }))}
                value={field}
                target={target}
                targetName={targetName}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
