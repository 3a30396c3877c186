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

const noVersions = () =>
  Object.fromEntries(LOCALES.map((l) => [l, { exists: false, url: "" }])) as DocumentFormValues["versions"];

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

/** The document's fields as the server compares them (see lib/documents/mutations.ts), back in the form's shape. */
export function fromFields(fields: Record<string, unknown>, previous: DocumentFormValues): DocumentFormValues {
  const text = (name: keyof DocumentFormValues) => (typeof fields[name] === "string" ? (fields[name] as string) : "");
  const stored = (fields.versions ?? {}) as Partial<Record<Locale, { url: string | null }>>;
  const versions = noVersions();
  for (const lang of LOCALES) {
    const version = stored[lang];
    // A link typed in a row left unticked stays in the form, as it does while editing.
    versions[lang] = version
      ? { exists: true, url: version.url ?? "" }
      : { exists: false, url: previous.versions[lang].url };
  }
  return {
    symbol: text("symbol"),
    kind: (fields.kind as DocumentKind | undefined) ?? previous.kind,
    issuedBy: text("issuedBy"),
    issuedOn: text("issuedOn"),
    distribution: (fields.distribution as Distribution | undefined) ?? previous.distribution,
    title: text("title"),
    description: text("description"),
    versions,
  };
}

const versionsText = (versions: unknown) =>
  LOCALES.flatMap((l) => {
    const version = (versions as Partial<Record<Locale, { url: string | null }>> | null)?.[l];
    return version ? [`${l}${version.url ? ` ${version.url}` : ""}`] : [];
  }).join("\n");

/** Each field both people changed, as the conflict notice shows it: words for codes, one line per language version. */
export function conflictFields(
  conflicts: ReadonlyArray<{ field: string; current: unknown; yours: unknown }>,
  label: (field: string) => string,
  /** Enum codes ("RESTRICTED") shown as the words the form uses. */
  show: (field: "kind" | "distribution", code: string) => string,
) {
  const shown = (field: string, value: unknown): string => {
    if (field === "versions") return versionsText(value);
    if ((field === "kind" || field === "distribution") && typeof value === "string") return show(field, value);
    return value == null ? "" : String(value);
  };
  return conflicts.map((c) => ({
    field: c.field,
    label: label(c.field),
    current: shown(c.field, c.current),
    yours: shown(c.field, c.yours),
  }));
}
