import "server-only";
import { recordAudit } from "../audit/mutations";
import type { Actor } from "../auth/types";
import type { Db } from "../db";
import { AppError } from "../errors";
import { isLocale } from "../i18n/locales";
import type { SetWorkingLanguages } from "./schema";

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((lang, index) => lang === b[index]);

/**
 * Sets the languages, in order, that the body's pages and documents show where a reader's language has no final
 * text (lib/i18n/fallback-chain.ts). Guarded by the body's version: a save over someone else's is refused with
 * what they saved. The audit event ("Body") expires the cached pages of every session of the body, at once here
 * and on other app instances when it commits. Saving the order already stored changes nothing and writes no history.
 */
export async function setWorkingLanguages(
  db: Db,
  actor: Actor,
  input: SetWorkingLanguages,
): Promise<{ version: number; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.body.findUnique({
      where: { id: input.id },
      select: { id: true, version: true, workingLanguages: true },
    });
    if (!current) throw new AppError("not-found");
    if (current.version !== input.version) {
      throw new AppError("conflict", {
        details: {
          current: { version: current.version, workingLanguages: current.workingLanguages.filter(isLocale) },
        },
      });
    }
    if (sameOrder(current.workingLanguages, input.workingLanguages))
      return { version: current.version, changed: false };
    // The version in the WHERE clause too: a save committed between the read and this write loses nothing.
    const { count } = await tx.body.updateMany({
      where: { id: input.id, version: input.version },
      data: { workingLanguages: input.workingLanguages, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: actor.id,
      sessionId: null,
      entityType: "Body",
      entityId: input.id,
      action: "update",
      before: { workingLanguages: current.workingLanguages },
      after: { workingLanguages: input.workingLanguages },
    });
    return { version: input.version + 1, changed: true };
  });
}
