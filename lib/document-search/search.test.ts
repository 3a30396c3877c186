import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { createOpenDataFixture, type OpenDataFixture } from "../testing/open-data-fixture";
import { FOLD_FROM, foldText } from "./search-text";
import { searchPublicDocuments } from "./data";

const db = getDb();
let fixture: OpenDataFixture;

beforeAll(async () => {
  fixture = await createOpenDataFixture(db);
});

afterAll(async () => {
  await fixture.remove();
  await disconnectDb();
});

const symbols = async (query: string) =>
  (await searchPublicDocuments(db, query)).documents
    .map((doc) => doc.symbol)
    .filter((s) => s.startsWith(fixture.prefix));

describe("document search", () => {
  it("finds documents by symbol prefix, exact symbol first", async () => {
    expect(await symbols(`${fixture.prefix}/2037`)).toEqual([fixture.symbols.general, fixture.symbols.restricted]);
    expect((await symbols(fixture.symbols.restricted))[0]).toBe(fixture.symbols.restricted);
  });

  it("finds a symbol typed loosely, in any case and without its punctuation", async () => {
    const loose = `test ${fixture.tag} wg9 2037 crp`;
    expect(await symbols(loose)).toEqual([fixture.symbols.restricted]);
    expect(await symbols(`TEST ${fixture.tag.toUpperCase()} WG.9 2037 2`)).toEqual([fixture.symbols.general]);
  });

  it("finds words of the title in English, a Chinese substring, and Arabic with or without diacritics", async () => {
    expect(await symbols(`trafficking victims ${fixture.tag}`)).toEqual([fixture.symbols.general]);
    expect(await symbols(`国际合作 ${fixture.tag}`)).toEqual([fixture.symbols.general]);
    expect(await symbols(`الضحايا ${fixture.tag}`)).toEqual([fixture.symbols.general]);
    expect(await symbols(`الضَّحايا ${fixture.tag}`)).toEqual([fixture.symbols.general]);
  });

  it("never finds a document by a draft translation, nor one only a draft session lists", async () => {
    expect(await symbols(`Brouillon non public ${fixture.tag}`)).toEqual([]);
    expect(await symbols(`Draft only paper ${fixture.tag}`)).toEqual([]);
  });

  it("gives each result's sessions and items, and no link of a Restricted document", async () => {
    const { documents } = await searchPublicDocuments(db, fixture.symbols.restricted);
    const restricted = documents.find((doc) => doc.symbol === fixture.symbols.restricted);
    expect(restricted?.versions).toEqual([{ locale: "en", url: null, official: false }]);
    expect(restricted?.memberships.map((m) => m.slug)).toEqual([fixture.slug]);
  });

  it("finds nothing for an empty query", async () => {
    expect(await searchPublicDocuments(db, "   ")).toEqual({ documents: [], more: false });
  });

  it("folds text in the database exactly as the page checks it", async () => {
    const samples = [FOLD_FROM, "ÉLÉMENTS Жертвы الضَّحايا أإآ ى ة", "贩运人口"];
    for (const sample of samples) {
      const [row] = await db.$queryRaw<Array<{ folded: string }>>`SELECT plenary_search_fold(${sample}) AS folded`;
      expect(row?.folded).toBe(foldText(sample));
    }
  });
});
