import { describe, expect, it } from "vitest";
import { buildAgendaDocument } from "./build";
import { expectedChineseSequence, missingInOrder } from "./fidelity";
import { escapeHtml, inlineMarkdown, renderAgendaHtml } from "./html";
import { referencePublicSession, translatorFor } from "./reference-fixture";

async function html(locale: "zh" | "en" | "ar" | "fr", session = referencePublicSession()) {
  return renderAgendaHtml(
    buildAgendaDocument(session, { locale, issuedOn: "2018-04-24", t: await translatorFor(locale) }),
  );
}

const visibleText = (page: string) =>
  page
    .replace(/<style>[\s\S]*?<\/style>/u, "")
    .replace(/<[^>]+>/gu, "")
    .replace(/&#39;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");

describe("renderAgendaHtml", () => {
  it("prints the Chinese reference with every item, annotation, documentation entry and annex row in order", async () => {
    const page = await html("zh");
    expect(missingInOrder(visibleText(page), expectedChineseSequence())).toEqual([]);
    expect(page).toContain('<html lang="zh" dir="ltr">');
    // The running header carries the symbol; the first page has the masthead instead.
    expect(page).toContain('@top-right { content: "CTOC/COP/WG.4/2018/1"');
  });

  it("is a document, not the site: no brand, no badges, no scripts", async () => {
    const page = await html("en");
    expect(page).not.toMatch(/Plenary/u);
    expect(page).not.toMatch(/<script/u);
    expect(visibleText(page)).toMatch(/United Nations\s*CTOC\/COP\/WG\.4\/2018\/1/u);
    expect(visibleText(page)).toContain("Original: Chinese");
    expect(visibleText(page)).toContain("Eighth meeting");
    expect(visibleText(page)).toContain("Vienna, 2 and 3 July 2018");
  });

  it("says once, under the title, which languages stand in for the reader's; no line carries a badge", async () => {
    const page = await html("fr");
    expect(page.match(/class="notice"/gu)).toHaveLength(1);
    expect(visibleText(page)).toContain("elles sont présentées en anglais et chinois.");
    expect(visibleText(page)).not.toMatch(/Pas encore traduit|Not yet translated/u);
    // Each text in another language still says which, for screen readers and fonts.
    expect(page).toMatch(/lang="en"/u);
    expect(page).toMatch(/lang="zh"/u);
  });

  it("lays Arabic out right to left", async () => {
    const page = await html("ar");
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(visibleText(page)).toContain("الاجتماع الثامن");
    expect(visibleText(page)).toContain("فيينا، 2 و3 تموز/يوليه 2018");
    // A Chinese paragraph is a left-to-right block, so its last line ends on the left, not under the Arabic margin.
    expect(page).toMatch(/<p lang="zh" dir="ltr">贩运人口问题工作组第八次会议将于/u);
  });

  it("prints a bare session: no symbol, no items, no organization of work", async () => {
    const session = { ...referencePublicSession(), agendaSymbol: null, items: [], slots: [], documents: [] };
    const page = await html("en", session);
    expect(page).toContain("@top-right { content: none");
    expect(page).not.toContain('class="annex"');
    expect(visibleText(page)).toContain("Provisional agenda");
  });

  it("escapes whatever the secretariat typed", async () => {
    const session = referencePublicSession();
    session.items[0] = { ...session.items[0]!, title: { zh: '<script>alert("x")</script>' } };
    const page = await html("zh", session);
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;");
    expect(escapeHtml(`"a" & 'b'`)).toBe("&quot;a&quot; &amp; &#39;b&#39;");
    expect(inlineMarkdown("**bold** and [link](javascript:alert(1)) <b>")).toBe(
      "<strong>bold</strong> and link &lt;b&gt;",
    );
  });
});
