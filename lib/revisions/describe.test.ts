import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locales";
import { describeChanges } from "./describe";
import type { RevisionChange } from "./types";

async function translatorFor(locale: Locale) {
  const messages = (await import(`../i18n/messages/${locale}/revisions.json`)) as { default: Record<string, unknown> };
  const t = createTranslator({ locale, messages: { revisions: messages.default }, namespace: "revisions.changes" });
  return (key: string, values?: Record<string, string>) => t(key as never, values as never);
}

const moved: RevisionChange = {
  kind: "item-rescheduled",
  item: { path: [3], title: { en: "Prevention" } },
  slots: [{ date: "2018-07-02", startMinutes: 900, endMinutes: 1080 }],
};

const lines = async (locale: Locale, changes: RevisionChange[]) =>
  describeChanges(changes, { locale, originalLanguage: "en", t: await translatorFor(locale) });

describe("a changelog in the reader's language", () => {
  it("places a moved item in the afternoon of its day, in each language's words", async () => {
    expect(await lines("en", [moved])).toEqual(["item 3 moved to the afternoon of 2 July (3–6 p.m.)"]);
    expect((await lines("fr", [moved]))[0]).toMatch(
      /^point 3 reporté à la séance de l'après-midi du 2 juillet \(15:00/,
    );
    expect(await lines("zh", [moved])).toEqual(["项目3改在7月2日会议（下午 3 时至 6 时）审议"]);
    expect((await lines("ar", [moved]))[0]).toContain("جلسة بعد ظهر يوم 2 تموز/يوليه");
    expect((await lines("ru", [moved]))[0]).toContain("дневное заседание 2 июля");
    expect((await lines("es", [moved]))[0]).toContain("la sesión de la tarde del 2 de julio");
  });

  it("numbers sub-items as each language does and shows titles along the fallback chain", async () => {
    const added: RevisionChange = { kind: "item-added", item: { path: [2, 1], title: { en: "Election of officers" } } };
    expect(await lines("en", [added])).toEqual(["item 2(a) added: Election of officers"]);
    expect(await lines("fr", [added])).toEqual(["point 2 a) ajouté\u00a0: Election of officers"]);
  });

  it("writes documentation changes as one line each way", async () => {
    const docs: RevisionChange = {
      kind: "documentation-changed",
      item: { path: [1], title: { en: "Opening" } },
      added: ["CTOC/COP/WG.4/2018/2"],
      removed: ["CTOC/COP/WG.4/2018/CRP.1"],
    };
    expect(await lines("en", [docs])).toEqual([
      "documentation of item 1: CTOC/COP/WG.4/2018/2 added",
      "documentation of item 1: CTOC/COP/WG.4/2018/CRP.1 withdrawn",
    ]);
  });
});
