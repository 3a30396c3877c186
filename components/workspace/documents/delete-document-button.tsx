"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionError, dangerButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { deleteDocumentAction } from "@/lib/documents/actions";
import type { RegistryContext, RegistryDocument } from "./registry-types";

/** Deletes after a confirmation that names the agenda items the document will be detached from. */
export function DeleteDocumentButton({
  context,
  doc,
  onDeleted,
}: {
  context: RegistryContext;
  doc: RegistryDocument;
  onDeleted: (message: string) => void;
}) {
  const t = useTranslations("documentsAdmin");
  const locale = useLocale();
  const router = useRouter();
  const remove = useAction(deleteDocumentAction);
  const failed = remove.result && !remove.result.ok ? remove.result.error.code : null;

  // A stale version means someone changed or detached it meanwhile: show the current state before another try.
  useEffect(() => {
    if (failed === "conflict" || failed === "not-found") router.refresh();
  }, [failed, router]);

  function confirmAndDelete() {
    const attachedHere = new Set(doc.attachments.map((a) => a.itemId));
    const numbers = context.items.filter((item) => attachedHere.has(item.id)).map((item) => item.number);
    const items = new Intl.ListFormat(locale, { type: "conjunction" }).format(numbers);
    const message = t("deleteConfirm", {
      symbol: doc.symbol,
      count: numbers.length,
      items,
      others: doc.otherAttachments,
    });
    if (!window.confirm(message)) return;
    remove.run({ sessionId: context.sessionId, id: doc.id, version: doc.version }, () => {
      router.refresh();
      onDeleted(t("deleted", { symbol: doc.symbol }));
    });
  }

  return (
    <>
      <button
        type="button"
        className={dangerButtonClass}
        disabled={remove.pending}
        aria-label={t("deleteLabel", { symbol: doc.symbol })}
        onClick={confirmAndDelete}
      >
        {t("delete")}
      </button>
      {failed === "conflict" ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {t("deleteConflict")}
        </p>
      ) : (
        <ActionError result={remove.result} />
      )}
    </>
  );
}
