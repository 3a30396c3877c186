import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildAgendaDocument } from "./build";
import { expectedChineseSequence, missingInOrder, seedItems } from "./fidelity";
import { renderAgendaHtml } from "./html";
import { pdfAvailable, renderPdf } from "./pdf";
import { referencePublicSession, translatorFor } from "./reference-fixture";

const dir = mkdtempSync(path.join(tmpdir(), "plenary-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function hasPdftotext(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function pdfText(locale: "zh" | "en" | "ar"): Promise<{ text: string; info: string; fonts: string }> {
  const doc = buildAgendaDocument(referencePublicSession(), {
    locale,
    issuedOn: "2018-04-24",
    t: await translatorFor(locale),
  });
  const pdf = await renderPdf(renderAgendaHtml(doc));
  if (!pdf) throw new Error("no PDF");
  const file = path.join(dir, `${locale}.pdf`);
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
    info: execFileSync("pdfinfo", [file], { encoding: "utf8" }),
    fonts: execFileSync("pdffonts", [file], { encoding: "utf8" }),
  };
}

// Chromium is where `npm test` runs; a machine without it (or without poppler) skips rather than fails.
const ready = (await pdfAvailable()) && hasPdftotext();

describe.skipIf(!ready)("agenda PDF", () => {
  it("prints the Chinese reference faithfully: same items, annotations, documentation and annex as the seed", async () => {
    const { text, info, fonts } = await pdfText("zh");
    expect(missingInOrder(text, expectedChineseSequence())).toEqual([]);
    expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/u);
    // Every font is embedded ("emb" column): the file reads the same on a machine without CJK fonts.
    const rows = fonts.split("\n").slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\syes\s/u);
  }, 60_000);

  it("gives English the same structure, with the running header and page numbers", async () => {
    const { text, info } = await pdfText("en");
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(
      missingInOrder(text, ["United Nations", "CTOC/COP/WG.4/2018/1", "Eighth meeting", "Vienna, 2 and 3 July 2018"]),
    ).toEqual([]);
    expect(
      missingInOrder(text, ["Provisional agenda", ...seedItems.map((item) => item.title.en), "Annotations"]),
    ).toEqual([]);
    expect(
      missingInOrder(text, ["Annex", "Proposed organization of work", "Monday, 2 July", "Tuesday, 3 July"]),
    ).toEqual([]);
    // Page 2 onwards (pages are split by form feeds): the symbol in the running header and the page number.
    const secondPage = text.split("\f")[1] ?? "";
    expect(secondPage).toContain("CTOC/COP/WG.4/2018/1");
    expect(secondPage).toMatch(/^\s*2\s*$/mu);
  }, 60_000);

  it("renders Arabic with the same structure: masthead, every item, annotations and the annex", async () => {
    const { text } = await pdfText("ar");
    expect(text).toContain("الثامن");
    expect(text).toContain("يوليه");
    // Titles not yet in Arabic come in English, the body's working language, in the agenda's order (their first
    // words: a wrapped title's second line comes after the item's number, which stands at the right of the first).
    const starts = seedItems.map((item) => item.title.en.split(" ").slice(0, 6).join(" "));
    expect(missingInOrder(text, ["CTOC/COP/WG.4/2018/1", ...starts])).toEqual([]);
    for (const word of ["المؤقت", "الشروح", "المرفق", "المقترح", "الاثنين", "الثلاثاء"]) expect(text).toContain(word);
  }, 60_000);
});
