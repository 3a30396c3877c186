import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { isolate } from "@/lib/i18n/bidi";
import { LocalizedText } from "./localized-text";
import { Markdown } from "./markdown";

const SPOOF = "Agenda \u202Efdp.exe";
const notice = (language: string) => `Shown in ${language}`;

describe("user text with bidirectional controls", () => {
  it("is isolated where titles are shown in the page's language", () => {
    const html = renderToStaticMarkup(
      <p>
        1. <LocalizedText value={{ text: SPOOF, lang: "en", isFallback: false }} fallbackNotice={notice} /> (continued)
      </p>,
    );
    expect(html).toBe(`<p>1. <bdi>${SPOOF}</bdi> (continued)</p>`);
  });

  it("is isolated, with its own language and direction, where another language is shown", () => {
    const html = renderToStaticMarkup(
      <LocalizedText value={{ text: SPOOF, lang: "ar", isFallback: true }} fallbackNotice={notice} />,
    );
    expect(html).toContain(`<bdi lang="ar" dir="rtl">${SPOOF}</bdi>`);
  });

  it("is isolated inside the links of an annotation", () => {
    const html = renderToStaticMarkup(<Markdown source={`See [${SPOOF}](https://undocs.org/x) and the rest.`} />);
    expect(html).toContain(`<a href="https://undocs.org/x"><bdi>${SPOOF}</bdi></a> and the rest.`);
  });

  it("is isolated inside sentences of ours", () => {
    expect(isolate(SPOOF)).toBe(`\u2068${SPOOF}\u2069`);
  });
});
