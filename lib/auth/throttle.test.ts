import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { recordSignInAttempt } from "./mutations";
import { assertSignInAllowed, MAX_FAILED_SIGN_INS, TooManySignInAttempts } from "./throttle";

const db = getDb();
const email = `throttle-${randomUUID().slice(0, 8)}@plenary.test`;

afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email } });
  await disconnectDb();
});

describe("sign-in throttling", () => {
  it("stops an address after repeated wrong passwords, whatever its letter case, until the window passes", async () => {
    for (let n = 0; n < MAX_FAILED_SIGN_INS - 1; n++) await recordSignInAttempt(db, email, false);
    await expect(assertSignInAllowed(db, email)).resolves.toBeUndefined();
    await recordSignInAttempt(db, email.toUpperCase(), false);
    await expect(assertSignInAllowed(db, email)).rejects.toBeInstanceOf(TooManySignInAttempts);
    await expect(assertSignInAllowed(db, email, new Date(Date.now() + 16 * 60 * 1000))).resolves.toBeUndefined();
  });

  it("counts only failures since the last successful sign-in", async () => {
    await recordSignInAttempt(db, email, true);
    await expect(assertSignInAllowed(db, email)).resolves.toBeUndefined();
  });
});
