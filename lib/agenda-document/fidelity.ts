import reference from "../../prisma/seed-data/ctoc-cop-wg4-2018-1.expected.json" with { type: "json" };

/**
 * For tests: what the Chinese reference document must carry, item by item, straight from the seed's structured
 * description (never from the code under test): titles, annotation paragraphs, documentation entries, annex rows.
 */

interface SeedItem {
  number: string;
  title: { zh: string; en: string };
  annotation?: { zh?: string[] };
  documents: Array<{ symbol: string; description: { zh?: string } }>;
  subItems?: SeedItem[];
}

export const seedItems: SeedItem[] = (reference.items as SeedItem[]).flatMap((item) => [
  item,
  ...(item.subItems ?? []),
]);

export const seedAnnex = reference.organizationOfWork;

/** Text as a PDF or Word extraction gives it back: no white space at all, so line breaks and spacing do not count. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, "");
}

/**
 * Checks, in order, that each expected piece occurs in the extracted text after the previous one; returns the
 * pieces that were missing or out of order (empty when the document is faithful).
 */
export function missingInOrder(extracted: string, expected: string[]): string[] {
  const text = squash(extracted);
  const missing: string[] = [];
  let from = 0;
  for (const piece of expected) {
    const at = text.indexOf(squash(piece), from);
    if (at === -1) missing.push(piece);
    else from = at + squash(piece).length;
  }
  return missing;
}

/** The Chinese document's content in reading order, as the seed states it. */
export function expectedChineseSequence(): string[] {
  const agenda = seedItems.map((item) => item.title.zh);
  const annotations = seedItems.flatMap((item) => [
    item.title.zh,
    ...(item.annotation?.zh ?? []),
    ...item.documents.map((doc) => `${doc.description.zh}（${doc.symbol}）`),
  ]);
  const titleOf = (number: string) => seedItems.find((item) => item.number === number)?.title.zh ?? number;
  const annex = seedAnnex.flatMap((slot) =>
    slot.items.map((number) => `${number}${titleOf(number)}${slot.continued.includes(number) ? "（续）" : ""}`),
  );
  return ["临时议程", ...agenda, "说明", ...annotations, "附件", "拟议工作安排", ...annex];
}
