import { describe, expect, it } from "vitest";
import { revisionChanges } from "./changes";
import { overlayIssued } from "./content";
import type { IssuedContent, IssuedItem } from "./types";

const item = (id: string, position: number, title: string, extra: Partial<IssuedItem> = {}): IssuedItem => ({
  id,
  parentId: null,
  position,
  title: { en: title },
  annotation: { en: `About ${title}.` },
  translationStates: {},
  documentIds: [],
  ...extra,
});

const issued: IssuedContent = {
  title: { en: "Eighth meeting" },
  venue: { en: "Vienna" },
  documentTitle: { en: "Provisional agenda and annotations" },
  translationStates: {},
  startDate: "2018-07-02",
  endDate: "2018-07-03",
  plenaryMeetings: 4,
  interpretationLanguages: ["en", "fr"],
  notes: [],
  items: [item("a", 1, "Opening"), item("b", 2, "Adoption"), item("c", 3, "Prevention"), item("d", 4, "Other")],
  slots: [
    { id: "s1", date: "2018-07-02", startMinutes: 600, endMinutes: 780, itemIds: ["a", "b", "c"], updatedAt: "" },
    { id: "s2", date: "2018-07-02", startMinutes: 900, endMinutes: 1080, itemIds: ["d"], updatedAt: "" },
  ],
};

const edit = (change: (content: IssuedContent) => void): IssuedContent => {
  const copy = structuredClone(issued);
  change(copy);
  return copy;
};

describe("the changelog of a revision", () => {
  it("is empty when only translations were added", () => {
    const translated = edit((c) => {
      c.items[0]!.title.fr = "Ouverture";
      c.items[0]!.translationStates = { "title.fr": "FINAL" };
    });
    expect(revisionChanges(issued, translated, "en")).toEqual([]);
  });

  it("says an item was moved to the afternoon when it changed slots", () => {
    const moved = edit((c) => {
      c.slots[0]!.itemIds = ["a", "b"];
      c.slots[1]!.itemIds = ["c", "d"];
    });
    expect(revisionChanges(issued, moved, "en")).toEqual([
      {
        kind: "item-rescheduled",
        item: { path: [3], title: { en: "Prevention" } },
        slots: [{ date: "2018-07-02", startMinutes: 900, endMinutes: 1080 }],
      },
    ]);
  });

  it("names only the item that moved, not those renumbered around it", () => {
    const reordered = edit((c) => {
      c.items.find((i) => i.id === "d")!.position = 1;
      for (const id of ["a", "b", "c"]) c.items.find((i) => i.id === id)!.position += 1;
    });
    const changes = revisionChanges(issued, reordered, "en");
    expect(changes).toEqual([{ kind: "item-moved", item: { path: [1], title: { en: "Other" } }, from: [4] }]);
  });

  it("lists added, removed and retitled items, documentation and slots", () => {
    const after = edit((c) => {
      c.items = c.items.filter((i) => i.id !== "b");
      c.items.find((i) => i.id === "c")!.title = { en: "Prevention of trafficking" };
      c.items.find((i) => i.id === "c")!.documentIds = ["doc1"];
      c.items.push(item("e", 5, "Adoption of the report"));
      c.slots[0]!.itemIds = ["a", "c"];
      c.slots[1]!.startMinutes = 930;
      c.slots.push({ id: "s3", date: "2018-07-03", startMinutes: 600, endMinutes: 780, itemIds: ["e"], updatedAt: "" });
    });
    const changes = revisionChanges(issued, after, "en", new Map([["doc1", "CTOC/COP/WG.4/2018/2"]]));
    expect(changes.map((change) => change.kind)).toEqual([
      "item-retitled",
      "documentation-changed",
      "item-added",
      "item-removed",
      "slot-changed",
      "slot-added",
    ]);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "documentation-changed", added: ["CTOC/COP/WG.4/2018/2"], removed: [] }),
    );
    expect(changes).toContainEqual({ kind: "item-removed", item: { path: [2], title: { en: "Adoption" } } });
  });

  it("reports a change of dates, venue and title of the session", () => {
    const after = edit((c) => {
      c.startDate = "2018-07-03";
      c.endDate = "2018-07-04";
      c.venue = { en: "Geneva" };
      c.title = { en: "Eighth meeting (resumed)" };
    });
    expect(revisionChanges(issued, after, "en").map((change) => change.kind)).toEqual([
      "title-changed",
      "dates-changed",
      "venue-changed",
    ]);
  });
});

describe("what the public reads of an issued session", () => {
  it("keeps the issued text, hides items not yet issued and shows items deleted since", () => {
    const live = edit((c) => {
      c.items = c.items.filter((i) => i.id !== "d");
      c.items[0]!.title = { en: "Opening of the meeting" };
      c.items.push(item("e", 5, "New item"));
    });
    const read = overlayIssued(live, issued, "en");
    expect(read.items.map((i) => i.title.en)).toEqual(["Opening", "Adoption", "Prevention", "Other"]);
  });

  it("shows a translation made final since the issue when the text it translates is unchanged", () => {
    const live = edit((c) => {
      c.items[0]!.title = { en: "Opening", fr: "Ouverture" };
      c.items[0]!.translationStates = { "title.fr": "FINAL" };
      c.items[1]!.title = { en: "Adoption of the agenda", fr: "Adoption de l'ordre du jour" };
      c.items[1]!.translationStates = { "title.fr": "FINAL" };
    });
    const read = overlayIssued(live, issued, "en");
    expect(read.items[0]!.title).toEqual({ en: "Opening", fr: "Ouverture" });
    expect(read.items[0]!.translationStates).toEqual({ "title.fr": "FINAL" });
    // Retitled since: the issued English stands, and no French of a title not yet issued leaks out.
    expect(read.items[1]!.title).toEqual({ en: "Adoption" });
  });

  it("keeps the organization of work as issued but the interpretation facts as they are now", () => {
    const live = edit((c) => {
      c.slots = [];
      c.plenaryMeetings = 6;
    });
    const read = overlayIssued(live, issued, "en");
    expect(read.slots).toHaveLength(2);
    expect(read.plenaryMeetings).toBe(6);
  });
});
