"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ActionError, buttonClass, secondaryButtonClass } from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { LocalizedText } from "@/components/ui/localized-text";
import { attachDocumentAction, detachDocumentAction } from "@/lib/documents/actions";
import type { RegistryContext, RegistryDocument } from "./registry-types";

interface Props {
  context: RegistryContext;
  doc: RegistryDocument;
  onNotice: (message: string) => void;
  onClose: () => void;
}

/** Which agenda items of this session list the document: detach from some, attach to others. */
export function AttachPanel({ context, doc, onNotice, onClose }: Props) {
  const t = useTranslations("documentsAdmin.attach");
  const tr = useTranslations("documentsAdmin");
  const te = useTranslations("errors.fields");
  const router = useRouter();
  const attach = useAction(attachDocumentAction);
  const detach = useAction(detachDocumentAction);
  const [chosen, setChosen] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const positions = new Map(doc.attachments.map((a) => [a.itemId, a.position]));
  const attached = context.items.filter((item) => positions.has(item.id));
  const free = context.items.filter((item) => !positions.has(item.id));
  const fallback = (language: string) => tr("fallbackNotice", { language });

  return (
    <section aria-labelledby="attach-heading" className="mt-6 rounded border border-slate-300 p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h3 id="attach-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {t("heading", { symbol: doc.symbol })}
        </h3>
        <button type="button" className={secondaryButtonClass} onClick={onClose}>
          {t("close")}
        </button>
      </div>
      <ActionError result={detach.result} />
      <h4 className="mt-3 font-medium">{t("attachedTo")}</h4>
      {attached.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-200">
          {attached.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{t("item", { number: item.number })}</span>{" "}
                <LocalizedText value={item.title} fallbackNotice={fallback} />{" "}
                <span className="text-sm text-slate-600">
                  ({t("position", { position: positions.get(item.id) ?? 0, count: item.documentCount })})
                </span>
              </span>
              <button
                type="button"
                className={secondaryButtonClass}
                disabled={detach.pending}
                aria-label={t("detachLabel", { symbol: doc.symbol, number: item.number })}
                onClick={() =>
                  detach.run({ documentId: doc.id, itemId: item.id }, () => {
                    router.refresh();
                    heading.current?.focus();
                    onNotice(t("detached", { symbol: doc.symbol, number: item.number }));
                  })
                }
              >
                {t("detach")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {context.items.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("noItems")}</p>
      ) : free.length === 0 ? (
        <p className="mt-4 text-slate-600">{t("allAttached")}</p>
      ) : (
        <form
          className="mt-4 space-y-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            attach.run({ documentId: doc.id, itemIds: chosen }, (data) => {
              setChosen([]);
              router.refresh();
              onNotice(t("attached", { symbol: doc.symbol, count: data.attached }));
            });
          }}
        >
          <fieldset aria-describedby="attach-hint">
            <legend className="font-medium">{t("chooseItems")}</legend>
            <p id="attach-hint" className="text-sm text-slate-600">
              {t("chooseHint")}
            </p>
            <ul className="mt-2 space-y-1">
              {free.map((item) => (
                <li key={item.id} style={{ paddingInlineStart: `${item.depth * 1.5}rem` }}>
                  <label className="inline-flex items-start gap-2">
                    <input
                      type="checkbox"
                      className="mt-1 size-4"
                      checked={chosen.includes(item.id)}
                      onChange={(e) =>
                        setChosen((ids) => (e.target.checked ? [...ids, item.id] : ids.filter((id) => id !== item.id)))
                      }
                    />
                    <span>
                      <span className="font-medium">{item.number}</span>{" "}
                      <LocalizedText value={item.title} fallbackNotice={fallback} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {attach.fieldError("itemIds") && (
            <p className="text-sm text-red-800">{te(attach.fieldError("itemIds") ?? "invalid")}</p>
          )}
          <ActionError result={attach.result} />
          <button type="submit" className={buttonClass} disabled={attach.pending}>
            {attach.pending ? t("attaching") : t("attach")}
          </button>
        </form>
      )}
    </section>
  );
}
