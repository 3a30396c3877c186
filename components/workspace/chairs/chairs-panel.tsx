"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ActionError,
  Field,
  inputClass,
  secondaryButtonClass,
  dangerButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { assignChairAction, removeChairAction } from "@/lib/sessions/chairs/actions";
import type { ChairPerson } from "@/lib/sessions/chairs/types";

interface Props {
  sessionId: string;
  chairs: ChairPerson[];
  /** Every active CHAIR account, those already chairing this session included. */
  candidates: ChairPerson[];
}

/** Who chairs the session: the secretariat adds CHAIR accounts and removes them. */
export function ChairsPanel({ sessionId, chairs, candidates }: Props) {
  const t = useTranslations("chairs.panel");
  const router = useRouter();
  const assign = useAction(assignChairAction);
  const remove = useAction(removeChairAction);
  const [chosen, setChosen] = useState("");
  const chairing = new Set(chairs.map((chair) => chair.id));
  const available = candidates.filter((candidate) => !chairing.has(candidate.id));

  return (
    <section aria-labelledby="chairs-heading" className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id="chairs-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {chairs.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-slate-200">
          {chairs.map((chair) => (
            <li key={chair.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="min-w-0">
                <bdi className="block font-medium">{chair.name}</bdi>
                <bdi className="block break-all text-sm text-slate-600">{chair.email}</bdi>
              </span>
              <button
                type="button"
                className={dangerButtonClass}
                disabled={remove.pending}
                aria-label={t("removeLabel", { name: chair.name })}
                onClick={() => remove.run({ sessionId, userId: chair.id }, () => router.refresh())}
              >
                {t("remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionError result={remove.result} />

      {available.length === 0 ? (
        <p className="border-t border-slate-200 pt-4 text-sm text-slate-600">{t("noCandidates")}</p>
      ) : (
        <form
          className="space-y-3 border-t border-slate-200 pt-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            assign.run({ sessionId, userId: chosen }, () => {
              setChosen("");
              router.refresh();
            });
          }}
        >
          <Field id="chair-user" label={t("assignLabel")} error={assign.fieldError("userId")}>
            {(a) => (
              <select {...a} className={inputClass} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t("choose")}</option>
                {available.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {t("option", { name: candidate.name, email: candidate.email })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!assign.fieldError("userId") && <ActionError result={assign.result} />}
          <button type="submit" className={secondaryButtonClass} disabled={assign.pending || chosen === ""}>
            {assign.pending ? t("assigning") : t("assign")}
          </button>
        </form>
      )}
    </section>
  );
}
