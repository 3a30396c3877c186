import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "./import-agenda";
import type { ImportedDocument, ImportedItem } from "./types";

const seedDir = fileURLToPath(new URL("../../prisma/seed-data/", import.meta.url));
const text = readFileSync(`${seedDir}ctoc-cop-wg4-2018-1.zh.txt`, "utf8");

type ExpectedDocument = {
  symbol: string;
  kind: string;
  issuedBy: string | null;
  title: { zh: string };
  description: { zh: string };
};
type ExpectedItem = {
  number: string;
  title: { zh: string };
  annotation?: { zh: string[] };
  documents: ExpectedDocument[];
  subItems?: ExpectedItem[];
};
const expected = JSON.parse(readFileSync(`${seedDir}ctoc-cop-wg4-2018-1.expected.json`, "utf8")) as {
  body: { name: { zh: string }; symbolPrefix: string };
  session: {
    ordinal: number;
    title: { zh: string };
    venue: { zh: string };
    startDate: string;
    endDate: string;
    opensAt: string;
    documentTitle: { zh: string };
  };
  items: ExpectedItem[];
  referencedInAnnotations: { documents: string[]; resolutions: string[] };
  organizationOfWork: unknown[];
};

/** The zh view of the reference JSON, in the importer's shape. */
function zhItem(item: ExpectedItem): ImportedItem {
  return {
    number: item.number,
    title: item.title.zh,
    annotation: item.annotation?.zh ?? [],
    documents: item.documents.map((d): ImportedDocument => ({
      symbol: d.symbol,
      kind: d.kind as ImportedDocument["kind"],
      issuedBy: d.issuedBy,
      title: d.title.zh,
      description: d.description.zh,
    })),
    subItems: (item.subItems ?? []).map(zhItem),
  };
}

describe("importing the reference session (Chinese, CTOC/COP/WG.4/2018/1)", () => {
  const result = importAgendaText(text);

  it("recognises the language, the body and the session", () => {
    expect(result.language).toBe("zh");
    expect(result.body).toEqual({ name: expected.body.name.zh, symbolPrefix: expected.body.symbolPrefix });
    expect(result.session).toEqual({
      ordinal: expected.session.ordinal,
      title: expected.session.title.zh,
      venue: expected.session.venue.zh,
      startDate: expected.session.startDate,
      endDate: expected.session.endDate,
      opensAt: expected.session.opensAt,
      documentTitle: expected.session.documentTitle.zh,
    });
  });

  it("rebuilds every item, sub-item, annotation paragraph and document exactly", () => {
    expect(result.items).toEqual(expected.items.map(zhItem));
  });

  it("lists what the annotations cite beyond each item's own documents", () => {
    expect(result.referencedInAnnotations).toEqual(expected.referencedInAnnotations);
  });

  it("flattens the annex into the four slots, with continued items", () => {
    expect(result.organizationOfWork).toEqual(expected.organizationOfWork);
  });

  it("finds nothing to warn about", () => {
    expect(result.warnings).toEqual([]);
  });

  it("gives the same result when the PDF text comes with Windows line endings", () => {
    expect(importAgendaText(text.replace(/\n/g, "\r\n"))).toEqual(result);
  });
});
