import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { capitalizeFirst } from "./format";
import { LOCALES } from "./locales";
import { loadMessages } from "./messages";
import { meetingName, meetingOrdinal } from "./meeting-name";

describe("meetingName", () => {
  it("names the eighth meeting as each language's UN documents do", () => {
    expect(meetingName(8, "MEETING", "en")).toBe("Eighth meeting");
    expect(meetingName(8, "MEETING", "fr")).toBe("Huitième réunion");
    expect(meetingName(8, "MEETING", "es")).toBe("Octava reunión");
    expect(meetingName(8, "MEETING", "ru")).toBe("Восьмое совещание");
    expect(meetingName(8, "MEETING", "ar")).toBe("الاجتماع الثامن");
    expect(meetingName(8, "MEETING", "zh")).toBe("第八次会议");
  });

  it("agrees the ordinal with a session", () => {
    expect(meetingName(73, "SESSION", "en")).toBe("Seventy-third session");
    expect(meetingName(1, "SESSION", "fr")).toBe("Première session");
    expect(meetingName(73, "SESSION", "es")).toBe("Septuagésimo tercer período de sesiones");
    expect(meetingName(27, "SESSION", "ru")).toBe("Двадцать седьмая сессия");
    expect(meetingName(27, "SESSION", "ar")).toBe("الدورة السابعة والعشرون");
    expect(meetingName(27, "SESSION", "zh")).toBe("第二十七届会议");
  });

  it("says the same as the session page's message in every language", async () => {
    for (const locale of LOCALES) {
      const translate = createTranslator({ locale, messages: await loadMessages(locale), namespace: "session" });
      const t = translate as unknown as (key: string, values: Record<string, string>) => string;
      for (const term of ["MEETING", "SESSION"] as const) {
        for (const n of [1, 8, 21, 73, 120]) {
          const message = t("ordinalTerm", { term, ordinal: meetingOrdinal(n, term, locale) });
          expect(capitalizeFirst(message, locale)).toBe(meetingName(n, term, locale));
        }
      }
    }
  });
});
