import type { DocumentFieldsInput } from "@/lib/documents/schema";
import { suggestFromSymbol } from "@/lib/documents/registry-hints";
import type { Distribution, DocumentKind } from "@/lib/documents/types";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { RegistryDocument } from "./registry-types";

/** The form's state: one row per official language, kept even when unticked so a link typed is not lost. */
export interface DocumentFormValues {
  symbol: string;
  kind: DocumentKind;
  issuedBy: string;
  issuedOn: string;
  distribution: Distribution;
  title: string;
  description: string;
  versions: Record<Locale, { exists: boolean; url: string }>;
}

const noVersions = () => Object.fromEntries(LOCALES.map((l) => [l, { exists: false, url: "" }])) as DocumentFormValues["versions"];

/** A new document; a symbol found in an annotation comes with the kind and distribution it suggests. */
export function newValues(symbol: string, lang: Locale): DocumentFormValues {
  const suggested = symbol ? suggestFromSymbol(symbol) : { kind: "OTHER" as const, distribution: "GENERAL" as const };
  const versions = noVersions();
  versions[lang] = { exists: true, url: "" };
  return { symbol, ...suggested, issuedBy: "", issuedOn: "", title: "", description: "", versions };
}

export function editValues(doc: RegistryDocument, lang: Locale): DocumentFormValues {
  const versions = noVersions();
  for (const v of doc.versions) versions[v.locale] = { exists: true, url: v.url ?? "" };
  return {
    symbol: doc.symbol,
    kind: doc.kind,
    issuedBy: doc.issuedBy[lang] ?? "",
    issuedOn: doc.issuedOn ?? "",
    distribution: doc.distribution,
    title: doc.title[lang] ?? "",
    description: doc.description[lang] ?? "",
    versions,
  };
}

export function toInput(values: DocumentFormValues): DocumentFieldsInput {
  const versions: DocumentFieldsInput["versions"] = {};
  for (const lang of LOCALES) if (values.versions[lang].exists) versions[lang] = { url: values.versions[lang].url };
  return { ...values, versions };
}

type CurrentRow = Record<string, unknown>;

// The conflicting row as the server sent it: localized fields are per-language objects, dates ISO instants.
function currentText(current: CurrentRow, name: string, lang: Locale): string {
  const value = current[name];
  if (value && typeof value === "object") return String((value as Record<string, unknown>)[lang] ?? "");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return value == null ? "" : String(value);
}

const versionsText = (rows: Array<{ locale: string; url: string | null }>) => rows.map((r) => `${r.locale}${r.url ? ` ${r.url}` : ""}`).join("\n");

/** Field by field, what the other person saved beside what this user typed, for the conflict notice. */
export function conflictRows(
  current: CurrentRow,
  values: DocumentFormValues,
  lang: Locale,
  label: (field: string) => string,
  /** Enum codes ("RESTRICTED") shown as the words the form uses. */
  show: (field: "kind" | "distribution", code: string) => string,
) {
  const fields = ["symbol", "kind", "distribution", "issuedBy", "issuedOn", "title", "description"] as const;
  const rows = fields.map((name) => {
    const [theirs, mine] = [currentText(current, name, lang), String(values[name] ?? "")];
    const enumField = name === "kind" || name === "distribution" ? name : null;
    return { label: label(name), current: enumField && theirs ? show(enumField, theirs) : theirs, mine: enumField ? show(enumField, mine) : mine };
  });
  const theirs = Array.isArray(current.versions) ? (current.versions as Array<{ locale: string; url: string | null }>) : [];
  const mine = LOCALES.filter((l) => values.versions[l].exists).map((l) => ({ locale: l, url: values.versions[l].url || null }));
  const order = (rows: typeof theirs) => [...rows].sort((a, b) => LOCALES.indexOf(a.locale as Locale) - LOCALES.indexOf(b.locale as Locale));
  rows.push({ label: label("versions"), current: versionsText(order(theirs)), mine: versionsText(mine) });
  return rows;
}
