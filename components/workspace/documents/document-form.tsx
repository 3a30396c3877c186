"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConflictNotice } from "@/components/workspace/conflict-notice";
import { mergeConflictOf, resolvedSave } from "@/components/workspace/merge-conflict";
import {
  ActionError,
  Field,
  buttonClass,
  inputClass,
  secondaryButtonClass,
} from "@/components/workspace/form-controls";
import { useAction } from "@/components/workspace/use-action";
import { createDocumentAction, updateDocumentAction } from "@/lib/documents/actions";
import type { DocumentFieldsInput } from "@/lib/documents/schema";
import type { Choice } from "@/lib/edit-conflicts/merge";
import { DOCUMENT_KINDS, type DocumentKind } from "@/lib/documents/types";
import { languageName, textDirection } from "@/lib/i18n/locales";
import { DistributionFieldset } from "./distribution-fieldset";
import { conflictFields, editValues, fromFields, newValues, toInput, type DocumentFormValues } from "./form-values";
import { LanguageVersionsTable } from "./language-versions-table";
import type { RegistryContext, RegistryDocument } from "./registry-types";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { SymbolField } from "./symbol-field";

interface Props {
  context: RegistryContext;
  /** The document being edited; absent when adding one. */
  existing?: RegistryDocument;
  /** The symbol a new document starts with, e.g. one found in an annotation. */
  prefill?: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Duplicate = { symbol: string; registeredIn: string | null };

export function DocumentForm({ context, existing, prefill = "", onDone, onCancel }: Props) {
  const t = useTranslations("documentsAdmin");
  const tk = useTranslations("session.documentKind");
  const router = useRouter();
  const locale = useLocale();
  const lang = context.lang;
  const [values, setValues] = useState<DocumentFormValues>(() =>
    existing ? editValues(existing, lang) : newValues(prefill, lang),
  );
  const [version, setVersion] = useState(existing?.version ?? 1);
  // What the form was loaded with: a save over someone else's change writes only what differs from it.
  const [base, setBase] = useState(() => (existing ? toInput(editValues(existing, lang)) : undefined));
  const create = useAction(createDocumentAction);
  const update = useAction(updateDocumentAction);
  const action = existing ? update : create;
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof DocumentFormValues>(key: K, value: DocumentFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (name: string) => action.fieldError(`document.${name}`);
  const failure = action.result && !action.result.ok ? action.result.error : null;
  const conflict = existing ? mergeConflictOf(update.result) : undefined;
  const textProps = { lang, dir: textDirection(lang) };

  // After a refused save, take the user to what needs attention: the first invalid field, else the message at the top.
  useEffect(() => {
    if (!failure) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form.current?.scrollIntoView({ block: "start" });
  }, [failure]);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const document = toInput(values);
    if (existing) saveOver(existing.id, version, document, base);
    else
      create.run({ sessionId: context.sessionId, document }, (data) =>
        done(t("form.created", { symbol: data.symbol })),
      );
  }

  function done(message: string) {
    router.refresh();
    onDone(message);
  }

  function saveOver(id: string, on: number, document: DocumentFieldsInput, from: DocumentFieldsInput | undefined) {
    update.run({ sessionId: context.sessionId, id, version: on, document, base: from }, (data) =>
      done(t("form.saved", { symbol: data.symbol })),
    );
  }

  function resolve(choices: Record<string, Choice>) {
    if (!existing || !conflict) return;
    const next = resolvedSave(conflict, choices);
    const chosen = fromFields(next.values, values);
    const from = toInput(fromFields(next.base, values));
    setValues(chosen);
    setVersion(next.version);
    setBase(from);
    saveOver(existing.id, next.version, toInput(chosen), from);
  }

  return (
    <section aria-labelledby="document-form-heading" className="mt-6 rounded border border-slate-300 p-4">
      <h3 id="document-form-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {existing ? t("form.editHeading", { symbol: existing.symbol }) : t("form.addHeading")}
      </h3>
      <form ref={form} onSubmit={submit} noValidate className="mt-4 space-y-5">
        {/* The conflict notice says what happened and what to do: the generic conflict message would only repeat it. */}
        {!conflict && <ActionError result={action.result} />}
        {conflict && (
          <ConflictNotice
            key={conflict.current.version}
            pending={update.pending}
            fields={conflictFields(
              conflict.conflicts,
              (field) => t(`form.${field}`),
              (field, code) => (field === "kind" ? tk(code) : t(`distribution.${code}`)),
            )}
            onResolve={resolve}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <SymbolField
            value={values.symbol}
            onChange={(symbol) => set("symbol", symbol)}
            bodyPrefix={context.bodyPrefix}
            serverError={err("symbol")}
            duplicate={failure?.details?.duplicate as Duplicate | undefined}
          />
          <Field id="document-kind" label={t("form.kind")} error={err("kind")}>
            {(a) => (
              <select
                {...a}
                className={inputClass}
                value={values.kind}
                onChange={(e) => set("kind", e.target.value as DocumentKind)}
              >
                {DOCUMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tk(kind)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p className="text-sm text-slate-600">{t("form.languageNote", { language: languageName(locale, lang) })}</p>
        <Field
          id="document-title"
          label={t("form.title")}
          error={err("title")}
          counter={{ length: values.title.length, max: TEXT_LIMITS.documentTitle }}
        >
          {(a) => (
            <input
              {...a}
              {...textProps}
              className={inputClass}
              value={values.title}
              onChange={(e) => set("title", e.target.value)}
            />
          )}
        </Field>
        <Field
          id="document-description"
          label={t("form.description")}
          hint={t("form.descriptionHint")}
          error={err("description")}
          counter={{ length: values.description.length, max: TEXT_LIMITS.documentDescription }}
        >
          {(a) => (
            <textarea
              {...a}
              {...textProps}
              rows={2}
              className={inputClass}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
            />
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="document-issuedBy"
            label={t("form.issuedBy")}
            hint={t("form.issuedByHint")}
            error={err("issuedBy")}
          >
            {(a) => (
              <input
                {...a}
                {...textProps}
                className={inputClass}
                value={values.issuedBy}
                onChange={(e) => set("issuedBy", e.target.value)}
              />
            )}
          </Field>
          <Field id="document-issuedOn" label={t("form.issuedOn")} error={err("issuedOn")}>
            {(a) => (
              <input
                {...a}
                type="date"
                className={inputClass}
                value={values.issuedOn}
                onChange={(e) => set("issuedOn", e.target.value)}
              />
            )}
          </Field>
        </div>
        <DistributionFieldset
          value={values.distribution}
          onChange={(distribution) => set("distribution", distribution)}
        />
        <LanguageVersionsTable
          versions={values.versions}
          onChange={(l, v) => setValues((current) => ({ ...current, versions: { ...current.versions, [l]: v } }))}
          fieldError={action.fieldError}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass} disabled={action.pending}>
            {action.pending ? t("form.saving") : existing ? t("form.save") : t("form.create")}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onCancel}>
            {t("form.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
