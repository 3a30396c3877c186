import { describe, expect, it } from "vitest";
import { findOrdinal } from "./ordinals";

describe("the ordinal of a meeting or session", () => {
  it.each([
    ["贩运人口问题工作组第八次会议将于", 8],
    ["第六十三届会议", 63],
    ["第一百零二届会议", 102],
    ["The eighth meeting of the Working Group", 8],
    ["Sixty-third session", 63],
    ["the resumed sixty-third session", 63],
    ["8th session", 8],
    ["One hundred and third session", 103],
    ["La huitième réunion du Groupe de travail", 8],
    ["soixante-dix-septième session", 77],
    ["La octava reunión del Grupo de Trabajo", 8],
    ["63º período de sesiones", 63],
    ["Восьмое совещание Рабочей группы", 8],
    ["шестьдесят третья сессия", 63],
  ])("%s → %i", (text, value) => {
    expect(findOrdinal(text)?.value).toBe(value);
  });

  it("finds nothing in a meeting without an ordinal", () => {
    expect(findOrdinal("The meeting of the Working Group will be held in Vienna")).toBeNull();
  });
});
