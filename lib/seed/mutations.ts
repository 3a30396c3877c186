import "server-only";
import { issueOriginal } from "../revisions/mutations";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { LocalizedText } from "../i18n/localized-text";
import { writeSessionTree, type TreeItem } from "../sessions/tree/mutations";
import { stateKey } from "../translations/fields";
import { referenceSession, type SeedItem } from "./reference-session";

type Tx = Prisma.TransactionClient;

const SEEDED_KEY = "seed:reference-session";

/**
 * The reference texts are the UN's own published language versions, so every translation in them is FINAL:
 * public pages show only final translations, and the reference session must read as published.
 */
function finalStates(fields: Record<string, LocalizedText>, originalLanguage: string): Record<string, "FINAL"> {
  const states: Record<string, "FINAL"> = {};
  for (const [field, text] of Object.entries(fields)) {
    for (const locale of Object.keys(text)) if (locale !== originalLanguage) states[stateKey(field, locale)] = "FINAL";
  }
  return states;
}

/**
 * Writes the reference session, replacing its agenda, slots and documents if it exists already,
 * so running the seed twice leaves exactly one copy of exactly the reference structure.
 */
export async function seedReferenceSession(db: Db): Promise<{ sessionId: string }> {
  const ref = referenceSession();
  return db.$transaction(
    async (tx) => {
      const parentName = ref.body.parent.name;
      const parent = await tx.body.upsert({
        where: { symbolPrefix: ref.body.parent.symbolPrefix },
        create: {
          name: parentName,
          symbolPrefix: ref.body.parent.symbolPrefix,
          sessionTerm: "SESSION",
          originalLanguage: ref.body.originalLanguage,
        },
        update: { name: parentName },
      });
      // A parent body that existed already keeps its own original language.
      await tx.body.update({
        where: { id: parent.id },
        data: { translationStates: finalStates({ name: parentName }, parent.originalLanguage) },
      });
      const bodyFields = {
        name: ref.body.name,
        sessionTerm: ref.body.sessionTerm,
        originalLanguage: ref.body.originalLanguage,
        parentId: parent.id,
        translationStates: finalStates({ name: ref.body.name }, ref.body.originalLanguage),
      };
      const body = await tx.body.upsert({
        where: { symbolPrefix: ref.body.symbolPrefix },
        create: { ...bodyFields, symbolPrefix: ref.body.symbolPrefix },
        update: bodyFields,
      });
      const s = ref.session;
      const sessionFields = {
        bodyId: body.id,
        ordinal: s.ordinal,
        title: s.title,
        venue: s.venue,
        documentTitle: s.documentTitle,
        translationStates: finalStates(
          { title: s.title, venue: s.venue, documentTitle: s.documentTitle },
          s.originalLanguage,
        ),
        timeZone: s.timeZone,
        startDate: new Date(s.startDate),
        endDate: new Date(s.endDate),
        agendaSymbol: s.agendaSymbol,
        originalLanguage: s.originalLanguage,
        plenaryMeetings: s.plenaryMeetings,
        interpretationLanguages: s.interpretation,
        status: "PROVISIONAL" as const,
      };
      const session = await tx.session.upsert({
        where: { slug: ref.slug },
        create: { ...sessionFields, slug: ref.slug },
        update: sessionFields,
      });
      await tx.agendaItem.deleteMany({ where: { sessionId: session.id } });
      await tx.timeSlot.deleteMany({ where: { sessionId: session.id } });
      await tx.sessionNote.deleteMany({ where: { sessionId: session.id } });
      await tx.sessionNote.createMany({
        data: s.bureauDecisions.map((decision, index) => ({
          sessionId: session.id,
          kind: "BUREAU_DECISION" as const,
          date: new Date(decision.date),
          text: { en: decision.what },
          position: index + 1,
        })),
      });

      const documentIds = await writeDocuments(tx, body.id, ref.documents);
      await removeAddedDocuments(tx, body.id, session.id, ref.documents);
      await writeSessionTree(tx, session.id, {
        items: treeItems(ref.items, s.originalLanguage, documentIds),
        slots: ref.slots.map((slot) => ({
          date: new Date(slot.date),
          startMinutes: slot.startMinutes,
          endMinutes: slot.endMinutes,
          itemKeys: slot.itemNumbers,
        })),
      });
      // The reference agenda as issued: editing it in the workspace makes a pending revision, as for any session.
      await issueOriginal(tx, session.id, null);
      await tx.systemSetting.upsert({
        where: { key: SEEDED_KEY },
        create: { key: SEEDED_KEY, value: { sessionId: session.id } },
        update: { value: { sessionId: session.id } },
      });
      return { sessionId: session.id };
    },
    { timeout: 60_000 },
  );
}

/** Seeds the reference session the first time a database starts, and never again (a deleted demo stays deleted). */
export async function seedReferenceSessionOnce(db: Db): Promise<boolean> {
  const done = await db.systemSetting.findUnique({ where: { key: SEEDED_KEY }, select: { key: true } });
  if (done) return false;
  await seedReferenceSession(db);
  return true;
}

function requireId(ids: Map<string, string>, symbol: string): string {
  const id = ids.get(symbol);
  if (!id) throw new Error(`The reference session's agenda lists document ${symbol}, which it does not register.`);
  return id;
}

async function writeDocuments(tx: Tx, bodyId: string, documents: ReturnType<typeof referenceSession>["documents"]) {
  const ids = new Map<string, string>();
  for (const doc of documents) {
    const texts = { issuedBy: doc.issuedBy, title: doc.title, description: doc.description };
    // Distribution and issue date are reset too (the reference has neither: the schema's defaults), and the
    // version moves on so that a form opened before the reset cannot silently write over it.
    const fields = {
      bodyId,
      kind: doc.kind,
      ...texts,
      distribution: "GENERAL" as const,
      issuedOn: null,
      originalLanguage: "en",
      translationStates: finalStates(texts, "en"),
    };
    const row = await tx.document.upsert({
      where: { symbol: doc.symbol },
      create: { ...fields, symbol: doc.symbol },
      update: { ...fields, version: { increment: 1 } },
    });
    await tx.documentVersion.deleteMany({ where: { documentId: row.id } });
    await tx.documentVersion.createMany({
      data: doc.languages.map((locale) => ({
        documentId: row.id,
        locale,
        url: `https://undocs.org/${locale}/${doc.symbol}`,
      })),
    });
    ids.set(doc.symbol, row.id);
  }
  return ids;
}

/** The reference agenda as the session tree writer takes it: items named by their numbers, all translations final. */
function treeItems(items: SeedItem[], originalLanguage: string, documentIds: Map<string, string>): TreeItem[] {
  return items.map((item) => ({
    key: item.number,
    position: item.position,
    title: item.title,
    annotation: item.annotation,
    translationStates: finalStates({ title: item.title, annotation: item.annotation }, originalLanguage),
    documentIds: item.documentSymbols.map((symbol) => requireId(documentIds, symbol)),
    children: treeItems(item.children, originalLanguage, documentIds),
  }));
}

/**
 * Documents registered since in the reference body's registry go, except those another session of the body lists
 * under its agenda (the registry is the body's, shared with a duplicated session). Runs after the reference
 * session's own items are gone, so their links no longer count.
 */
async function removeAddedDocuments(
  tx: Tx,
  bodyId: string,
  sessionId: string,
  documents: ReturnType<typeof referenceSession>["documents"],
) {
  await tx.document.deleteMany({
    where: {
      bodyId,
      symbol: { notIn: documents.map((doc) => doc.symbol) },
      items: { none: { item: { sessionId: { not: sessionId } } } },
    },
  });
}
