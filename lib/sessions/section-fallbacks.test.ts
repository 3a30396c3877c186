import { describe, expect, it } from "vitest";
import { referencePublicSession } from "../agenda-document/reference-fixture";
import type { PublicSession } from "./types";
import { translatorFor } from "../agenda-document/translator";
import { LOCALES, type Locale } from "../i18n/locales";
import { sectionFallbackValues, sectionFallbacks } from "./section-fallbacks";
import { sessionHeading } from "./session-heading";
import { buildSessionView } from "./session-view";

function sections(session: PublicSession, reader: Parameters<typeof sessionHeading>[1]) {
  return sectionFallbacks(
    sessionHeading(session, reader),
    buildSessionView(session, reader),
    reader,
    session.body.workingLanguages,
  );
}

describe("the languages each section of the session page falls back to", () => {
  it("names nothing where the reader's language is complete", () => {
    expect(sections(referencePublicSession(), "zh")).toEqual({
      header: [],
      agenda: [],
      annotations: [],
      documents: [],
      work: [],
    });
  });

  it("names English for a French reader of the reference session, and Chinese where English is missing too", () => {
    // Titles have English; most annotations and the documents' descriptions exist only in the Chinese original.
    expect(sections(referencePublicSession(), "fr")).toEqual({
      header: ["en"],
      agenda: ["en"],
      annotations: ["en", "zh"],
      documents: ["en"],
      work: ["en"],
    });
    expect(sections(referencePublicSession(), "en").annotations).toEqual(["zh"]);
  });

  it("follows the body's working languages in order, and never names the reader's own language", () => {
    const session = referencePublicSession();
    session.body.workingLanguages = ["es", "en"];
    const [first, second] = session.items.filter((item) => item.parentId === null);
    if (!first || !second) throw new Error("the reference session has items");
    first.title = { ...first.title, es: "Cuestiones de organización", fr: "Questions d'organisation" };
    second.title = { ...second.title, es: "Cooperación internacional" };
    const french = sections(session, "fr");
    // Item 1 has French, item 2 Spanish, the others (1(a) before item 2 among them) only English: the notice
    // names the body's working languages in the body's order, not in the order the page happens to use them.
    expect(french.agenda).toEqual(["es", "en"]);
    expect(french.agenda).not.toContain("fr");
    expect(french.work).toEqual(expect.arrayContaining(["es", "en"]));
  });

  it("names the working language before the original, though the page shows the original first", () => {
    const session = referencePublicSession();
    session.body.workingLanguages = ["ru"];
    const second = session.items.filter((item) => item.parentId === null)[1];
    if (!second) throw new Error("the reference session has items");
    second.title = { ...second.title, ru: "Международное сотрудничество" };
    // Chain for French: Russian, then the Chinese original (English is no working language of this body).
    expect(sections(session, "fr").agenda).toEqual(["ru", "zh"]);
  });

  it("leaves out sections whose texts are all empty or in the reader's language", () => {
    const session = referencePublicSession();
    session.documents = [];
    expect(sections(session, "fr").documents).toEqual([]);
  });
});

describe("the notice at the top of a section", () => {
  const notice = async (reader: Locale, languages: Locale[]) =>
    (await translatorFor(reader))("common.sectionFallback", sectionFallbackValues(languages, reader));

  it("names the languages shown, in the reader's language", async () => {
    expect(await notice("fr", ["en"])).toBe(
      "Certaines parties de cette section ne sont pas encore disponibles en français\u00a0; elles sont présentées en anglais.",
    );
    expect(await notice("fr", ["es", "en"])).toBe(
      "Certaines parties de cette section ne sont pas encore disponibles en français\u00a0; elles sont présentées en espagnol et anglais.",
    );
    expect(await notice("en", ["zh"])).toBe(
      "Parts of this section are not yet available in English; shown in Chinese.",
    );
    expect(await notice("es", ["en", "zh"])).toBe(
      "Algunas partes de esta sección aún no están disponibles en español; se muestran en inglés y chino.",
    );
    expect(await notice("zh", ["en"])).toBe("本节部分内容尚无中文文本；现以英文显示。");
  });

  it("agrees with the number of languages in Russian and Arabic", async () => {
    expect(await notice("ru", ["en"])).toContain("на следующем языке: английский.");
    expect(await notice("ru", ["en", "zh"])).toContain("на следующих языках: английский и китайский.");
    expect(await notice("ar", ["en"])).toContain("وهي معروضة باللغة الإنكليزية.");
    expect(await notice("ar", ["en", "zh"])).toContain("وهي معروضة باللغتين الإنكليزية والصينية.");
    expect(await notice("ar", ["en", "zh", "fr"])).toContain("وهي معروضة باللغات ");
  });

  it("exists in every language and never names the reader's language as a substitute", async () => {
    for (const reader of LOCALES) {
      const other = reader === "en" ? "fr" : "en";
      const text = await notice(reader, [other]);
      expect(text).not.toContain("sectionFallback");
      expect(text).toContain(sectionFallbackValues([other], reader).languages);
    }
  });
});
