import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importAgendaText } from "../agenda-parser/import-agenda";
import { draftFromImport } from "./draft";
import { importDraftSchema } from "./schema";

const seedText = readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/seed-data/ctoc-cop-wg4-2018-1.zh.txt"),
  "utf8",
);

describe("draftFromImport", () => {
  it("turns the seed text into a complete, valid draft of the reference session", () => {
    const draft = draftFromImport(importAgendaText(seedText), []);
    expect(draft.language).toBe("zh");
    expect(draft.body).toEqual({
      kind: "new",
      body: { name: "贩运人口问题工作组", symbolPrefix: "CTOC/COP/WG.4", parentId: "", sessionTerm: "MEETING" },
    });
    expect(draft.session).toMatchObject({
      ordinal: 8,
      venue: "维也纳",
      timeZone: "Europe/Vienna",
      startDate: "2018-07-02",
      endDate: "2018-07-03",
      plenaryMeetings: 4,
      agendaSymbol: "CTOC/COP/WG.4/2018/1",
    });
    expect(draft.items.map((i) => i.key)).toEqual(["1", "2", "3", "4", "5"]);
    expect(draft.items[0]?.children.map((i) => i.key)).toEqual(["1(a)", "1(b)"]);
    expect(draft.items[2]?.documents[0]).toMatchObject({
      symbol: "CTOC/COP/WG.4/2018/CRP.1",
      kind: "CONFERENCE_ROOM_PAPER",
    });
    expect(draft.slots.map((s) => s.itemKeys)).toEqual([["1(a)", "1(b)", "2"], ["2", "3"], ["3"], ["4", "5"]]);
    expect(importDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("chooses the body already registered under the same symbol prefix", () => {
    const draft = draftFromImport(importAgendaText(seedText), [{ id: "body-1", symbolPrefix: "CTOC/COP/WG.4" }]);
    expect(draft.body).toEqual({ kind: "existing", bodyId: "body-1" });
  });

  it("starts the session in its body's usual zone, else the venue's, else the last one used, and UTC only without any", () => {
    const result = importAgendaText(seedText);
    expect(draftFromImport(result, [], { body: "Europe/Zurich", last: "America/New_York" }).session.timeZone).toBe(
      "Europe/Zurich",
    );
    expect(draftFromImport(result, [], { body: null, last: "America/New_York" }).session.timeZone).toBe(
      "Europe/Vienna",
    );
    const nowhere = { ...result, session: { ...result.session, venue: null } };
    expect(draftFromImport(nowhere, [], { body: null, last: "America/New_York" }).session.timeZone).toBe(
      "America/New_York",
    );
    expect(draftFromImport(nowhere, []).session.timeZone).toBe("UTC");
  });
});
