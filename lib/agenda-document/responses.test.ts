import { describe, expect, it } from "vitest";
import { buildAgendaDocument } from "./build";
import { referencePublicSession, translatorFor } from "./reference-fixture";
import { documentFileName, documentHeaders, pdfUnavailableResponse } from "./responses";

describe("document responses", () => {
  it("names the files after the symbol and the language", async () => {
    const doc = buildAgendaDocument(referencePublicSession(), {
      locale: "zh",
      issuedOn: null,
      t: await translatorFor("zh"),
    });
    expect(documentFileName(doc, "ctoc-cop-wg4-2018", "pdf")).toBe("CTOC_COP_WG.4_2018_1-zh.pdf");
    const unnumbered = { ...doc, masthead: { ...doc.masthead, symbol: null } };
    expect(documentFileName(unnumbered, "some-session", "docx")).toBe("some-session-zh.docx");
  });

  it("are the same for every reader and revalidated before reuse", () => {
    expect(documentHeaders("application/pdf")).toEqual({
      "Content-Type": "application/pdf",
      "Cache-Control": "public, max-age=0, must-revalidate",
    });
  });

  it("says in the reader's language that no PDF can be made here, and links the print view", async () => {
    const response = await pdfUnavailableResponse("fr", "ctoc-cop-wg4-2018");
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain("PDF indisponible");
    expect(html).toContain('href="/fr/sessions/ctoc-cop-wg4-2018/print"');
    expect(html).toContain("Ouvrir la version imprimable");
  });
});
