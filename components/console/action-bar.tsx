"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { ADOPTION_NOTE_MAX } from "@/lib/meeting/transitions";

export type ItemCommand = "take-up" | "adopt" | "conclude" | "defer" | "reopen";

interface Props {
  selectedNumber: string;
  pending: boolean;
  dialog: "adopt" | "close" | null;
  setDialog: (dialog: "adopt" | "close" | null) => void;
  suspended: boolean;
  can: {
    item: (type: ItemCommand) => boolean;
    suspension: boolean;
    adoptAgenda: boolean;
    close: boolean;
    undo: boolean;
  };
  onItem: (type: ItemCommand) => void;
  onSuspension: () => void;
  onAdoptAgenda: (orallyAmended: boolean, note: string) => void;
  onClose: () => void;
  onUndo: () => void;
}

const ITEM_BUTTONS: ReadonlyArray<{ type: ItemCommand; label: string; key: string }> = [
  { type: "take-up", label: "takeUp", key: "T" },
  { type: "adopt", label: "adopt", key: "A" },
  { type: "conclude", label: "conclude", key: "C" },
  { type: "defer", label: "defer", key: "D" },
  { type: "reopen", label: "reopen", key: "R" },
];

const BUTTON =
  "min-h-12 rounded-lg border-2 px-4 py-2 text-lg font-semibold focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-not-allowed disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-600";
const PRIMARY = `${BUTTON} border-sky-800 bg-sky-800 text-white hover:bg-sky-900`;
const SECONDARY = `${BUTTON} border-slate-700 bg-white text-slate-900 hover:bg-slate-50`;

function Key({ children }: { children: ReactNode }) {
  return <kbd className="ms-2 rounded border border-current px-1.5 font-mono text-sm font-normal">{children}</kbd>;
}

/** One click (or key) per action, on the item selected in the agenda; adopting the agenda and closing ask first. */
export function ActionBar(props: Props) {
  const t = useTranslations("console");
  const { can, pending, dialog, setDialog } = props;
  const adoptButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // A dismissed question gives the focus back to the button that asked it, so the keyboard user is where they were.
  const dismiss = (trigger: RefObject<HTMLButtonElement | null>) => {
    setDialog(null);
    requestAnimationFrame(() => trigger.current?.focus());
  };
  return (
    <section aria-labelledby="console-actions" className="flex flex-col gap-4">
      <h2 id="console-actions" className="text-lg font-semibold">
        {t("actionsHeading")}
      </h2>
      <p className="text-lg">{props.selectedNumber && t("selected", { number: props.selectedNumber })}</p>
      <div className="flex flex-wrap gap-3">
        {ITEM_BUTTONS.map(({ type, label, key }) => (
          <button
            key={type}
            type="button"
            className={type === "take-up" ? PRIMARY : SECONDARY}
            disabled={pending || !can.item(type)}
            aria-keyshortcuts={key}
            onClick={() => props.onItem(type)}
          >
            {t(`action.${label}`)}
            <Key>{key}</Key>
          </button>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={SECONDARY}
          disabled={pending || !can.suspension}
          aria-keyshortcuts="S"
          onClick={props.onSuspension}
        >
          {t(props.suspended ? "action.resume" : "action.suspend")}
          <Key>S</Key>
        </button>
        <button
          type="button"
          className={SECONDARY}
          disabled={pending || !can.adoptAgenda}
          ref={adoptButton}
          aria-expanded={dialog === "adopt"}
          onClick={() => setDialog(dialog === "adopt" ? null : "adopt")}
        >
          {t("action.adoptAgenda")}
        </button>
        <button
          type="button"
          className={SECONDARY}
          disabled={pending || !can.close}
          ref={closeButton}
          aria-expanded={dialog === "close"}
          onClick={() => setDialog(dialog === "close" ? null : "close")}
        >
          {t("action.close")}
        </button>
        <button
          type="button"
          className={SECONDARY}
          disabled={pending || !can.undo}
          aria-keyshortcuts="Control+Z U"
          onClick={props.onUndo}
        >
          {t("action.undo")}
          <Key>U</Key>
        </button>
      </div>
      {dialog === "adopt" && <AdoptAgendaForm onAdopt={props.onAdoptAgenda} onCancel={() => dismiss(adoptButton)} />}
      {dialog === "close" && <CloseConfirm onConfirm={props.onClose} onCancel={() => dismiss(closeButton)} />}
      <Shortcuts />
    </section>
  );
}

function AdoptAgendaForm({
  onAdopt,
  onCancel,
}: {
  onAdopt: (amended: boolean, note: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("console.adoptForm");
  const [amended, setAmended] = useState(false);
  const [note, setNote] = useState("");
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      role="dialog"
      aria-labelledby="console-adopt-heading"
      className="flex flex-col gap-3 rounded-lg border-2 border-slate-700 p-4"
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      onSubmit={(event) => {
        event.preventDefault();
        onAdopt(amended, amended ? note : "");
      }}
    >
      <h3 id="console-adopt-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <label className="flex items-center gap-3 text-lg">
        <input
          ref={first}
          type="checkbox"
          className="size-6"
          checked={amended}
          onChange={(event) => setAmended(event.target.checked)}
        />
        {t("orallyAmended")}
      </label>
      {amended && (
        <label className="flex flex-col gap-1 text-lg">
          {t("note")}
          <textarea
            className="rounded border-2 border-slate-500 p-2"
            rows={3}
            maxLength={ADOPTION_NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
      )}
      <div className="flex gap-3">
        <button type="submit" className={PRIMARY}>
          {t("confirm")}
        </button>
        <button type="button" className={SECONDARY} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function CloseConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const t = useTranslations("console.closeConfirm");
  const cancel = useRef<HTMLButtonElement>(null);
  // Closing freezes the session: the safe answer has the focus.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="console-close-heading"
      aria-describedby="console-close-body"
      className="flex flex-col gap-3 rounded-lg border-2 border-red-800 p-4"
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
    >
      <h3 id="console-close-heading" className="text-lg font-semibold">
        {t("heading")}
      </h3>
      <p id="console-close-body">{t("body")}</p>
      <div className="flex gap-3">
        <button type="button" className={`${BUTTON} border-red-800 bg-red-800 text-white`} onClick={onConfirm}>
          {t("confirm")}
        </button>
        <button ref={cancel} type="button" className={SECONDARY} onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}

function Shortcuts() {
  const t = useTranslations("console");
  const rows: Array<[string, string]> = [
    [t("keys.arrows"), t("shortcuts.move")],
    ["T", t("shortcuts.takeUp")],
    ["A", t("shortcuts.adopt")],
    ["C", t("shortcuts.conclude")],
    ["D", t("shortcuts.defer")],
    ["R", t("shortcuts.reopen")],
    ["S", t("shortcuts.suspend")],
    [t("keys.undo"), t("shortcuts.undo")],
  ];
  return (
    <details open className="text-slate-800">
      <summary className="cursor-pointer text-lg font-semibold">{t("shortcutsHeading")}</summary>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([key, label]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="font-mono">{key}</kbd>
            </dt>
            <dd>{label}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
