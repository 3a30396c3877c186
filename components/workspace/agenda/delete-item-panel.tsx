"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { ActionError, dangerButtonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { deleteItemAction } from "@/lib/agenda/actions";

export interface DeletionImpact {
  subItems: number;
  documents: number;
  slots: number;
}

interface Props {
  id: string;
  /** The latest version the page knows: the user confirms what the panel shows now. */
  version: number;
  number: string;
  title: string;
  impact: DeletionImpact;
  onDeleted: () => void;
  onCancel: () => void;
}

/** Asks before deleting, saying what goes with the item (sub-items) and what is detached from it. */
export function DeleteItemPanel({ id, version, number, title, impact, onDeleted, onCancel }: Props) {
  const t = useTranslations("agendaEditor.confirmDelete");
  const tErrors = useTranslations("agendaEditor.errors");
  const router = useRouter();
  // On a conflict the page reloads its data: the question above then shows the item as it is now.
  const remove = useAction(async (input: { id: string; version: number }) => {
    const result = await deleteItemAction(input);
    if (!result.ok && result.error.code === "conflict") router.refresh();
    return result;
  });
  const cancelRef = useRef<HTMLButtonElement>(null);
  const base = `delete-item-${id}`;
  // The safe choice has the focus, so an accidental Enter keeps the item.
  useEffect(() => cancelRef.current?.focus(), []);

  const { documents, slots } = impact;
  const detach =
    documents > 0 && slots > 0
      ? t("detachBoth", { documents, slots })
      : documents > 0
        ? t("detachDocuments", { documents })
        : slots > 0
          ? t("detachSlots", { slots })
          : t("detachNothing");
  const conflict = remove.result && !remove.result.ok && remove.result.error.code === "conflict";

  return (
    <div
      role="alertdialog"
      aria-labelledby={`${base}-question`}
      aria-describedby={`${base}-impact`}
      className="mt-2 space-y-2 rounded border border-red-300 bg-red-50 p-4"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <p id={`${base}-question`} className="font-semibold">
        {t("question", { number, title })}
      </p>
      <div id={`${base}-impact`} className="space-y-1">
        {impact.subItems > 0 && <p>{t("subItems", { count: impact.subItems })}</p>}
        <p>{detach}</p>
        <p className="text-sm">{t("irreversible")}</p>
      </div>
      {conflict ? (
        <p role="alert" className="rounded border border-red-300 bg-white px-3 py-2 text-red-900">
          {tErrors("deleteConflict")}
        </p>
      ) : (
        <ActionError result={remove.result} />
      )}
      <div className="flex gap-3 pt-1">
        <button
          type="button"
          className={`${dangerButtonClass} bg-white`}
          disabled={remove.pending}
          onClick={() => remove.run({ id, version }, onDeleted)}
        >
          {remove.pending ? t("deleting") : t("confirm")}
        </button>
        <button ref={cancelRef} type="button" className={secondaryButtonClass} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
