"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/workspace/form-controls";
import { AttachPanel } from "./attach-panel";
import { DocumentForm } from "./document-form";
import { DocumentsTable } from "./documents-table";
import { MentionedSymbols } from "./mentioned-symbols";
import type { MentionChoice, RegistryContext, RegistryDocument } from "./registry-types";

type Panel =
  { kind: "add"; prefill: string; key: number } | { kind: "edit"; id: string } | { kind: "items"; id: string } | null;

interface Props {
  context: RegistryContext;
  documents: RegistryDocument[];
  mentioned: MentionChoice[];
  /** The navigation between the registry's pages, shown under its table. */
  pager?: ReactNode;
}

/** The registry with one panel open at a time (add, edit or agenda items); focus returns to what opened it. */
export function DocumentRegistry({ context, documents, mentioned, pager }: Props) {
  const t = useTranslations("documentsAdmin");
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState("");
  const trigger = useRef<HTMLElement | null>(null);
  const current = panel && panel.kind !== "add" ? documents.find((doc) => doc.id === panel.id) : undefined;

  function open(next: Exclude<Panel, null>, from: HTMLElement) {
    trigger.current = from;
    setNotice("");
    setPanel(next);
  }

  // The opener may be gone (a registered symbol leaves the "mentioned" list): the registry heading takes focus instead.
  const restoreFocus = () =>
    (trigger.current?.isConnected ? trigger.current : document.getElementById("registry-heading"))?.focus();
  const refocusAfterRefresh = useRef(false);
  useEffect(() => {
    if (!refocusAfterRefresh.current) return;
    refocusAfterRefresh.current = false;
    restoreFocus();
  }, [documents, mentioned]);

  function close(message?: string) {
    setPanel(null);
    if (message) {
      setNotice(message);
      refocusAfterRefresh.current = true;
    }
    requestAnimationFrame(restoreFocus);
  }

  return (
    <div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          className={buttonClass}
          onClick={(e) => open({ kind: "add", prefill: "", key: Date.now() }, e.currentTarget)}
        >
          {t("add")}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-emerald-800">
          {notice}
        </p>
      </div>
      {panel?.kind === "add" && (
        <DocumentForm
          key={panel.key}
          context={context}
          prefill={panel.prefill}
          onDone={close}
          onCancel={() => close()}
        />
      )}
      {panel?.kind === "edit" && current && (
        <DocumentForm key={current.id} context={context} existing={current} onDone={close} onCancel={() => close()} />
      )}
      {panel?.kind === "items" && current && (
        <AttachPanel key={current.id} context={context} doc={current} onNotice={setNotice} onClose={() => close()} />
      )}
      <DocumentsTable
        context={context}
        documents={documents}
        onEdit={(doc, from) => open({ kind: "edit", id: doc.id }, from)}
        onItems={(doc, from) => open({ kind: "items", id: doc.id }, from)}
        onNotice={(message) => {
          setNotice(message);
          document.getElementById("registry-heading")?.focus();
        }}
      />
      {pager}
      <MentionedSymbols
        mentioned={mentioned}
        onRegister={(symbol, from) => open({ kind: "add", prefill: symbol, key: Date.now() }, from)}
      />
    </div>
  );
}
