import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { markSignInSucceeded, reserveSignInAttempt } from "./mutations";
import { assertSignInAllowed, MAX_FAILED_SIGN_INS, TooManySignInAttempts } from "./throttle";

const db = getDb();
const email = `throttle-${randomUUID().slice(0, 8)}@plenary.test`;

afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email } });
  await disconnectDb();
});

/** One sign-in as authorize() runs it: reserve, check, and (if the password was right) mark as success. */
async function attempt(address: string, passwordRight: boolean, now?: Date): Promise<"checked" | "refused"> {
  const id = await reserveSignInAttempt(db, address);
  try {
    await assertSignInAllowed(db, address, now);
  } catch (error) {
    expect(error).toBeInstanceOf(TooManySignInAttempts);
    return "refused";
  }
  if (passwordRight) await markSignInSucceeded(db, id);
  return "checked";
}

describe("sign-in throttling", () => {
  it("checks ten wrong passwords for an address, whatever its letter case, then refuses until the window passes", async () => {
    for (let n = 0; n < MAX_FAILED_SIGN_INS; n++) expect(await attempt(n % 2 ? email : email.toUpperCase(), false)).toBe("checked");
    expect(await attempt(email, true)).toBe("refused");
    expect(await attempt(email, true, new Date(Date.now() + 16 * 60 * 1000))).toBe("checked");
  });

  it("lets at most the limit through when guesses arrive all at once", async () => {
    const burst = `burst-${email}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt(burst, false)));
    expect(results.filter((r) => r === "checked").length).toBeLessThanOrEqual(MAX_FAILED_SIGN_INS);
    await db.signInAttempt.deleteMany({ where: { email: burst } });
  });

  it("counts only failures since the last successful sign-in", async () => {
    const fresh = `fresh-${email}`;
    for (let n = 0; n < 5; n++) await attempt(fresh, false);
    await attempt(fresh, true);
    for (let n = 0; n < MAX_FAILED_SIGN_INS - 1; n++) expect(await attempt(fresh, false)).toBe("checked");
    await db.signInAttempt.deleteMany({ where: { email: fresh } });
  });
});
