import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, getDb } from "../db";
import { markSignInSucceeded, reserveSignInAttempt } from "./mutations";
import {
  beginSignInAttempt,
  delaySeconds,
  pruneIfDue,
  type SignInClient,
  THROTTLE,
  TooManySignInAttempts,
} from "./throttle";

const db = getDb();
const tag = randomUUID().slice(0, 8);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email: { contains: tag } } });
  await disconnectDb();
});

let counter = 0;
/** A fresh account e-mail and client address, so tests running side by side never share counts. */
function fresh(): SignInClient {
  counter += 1;
  return { email: `throttle-${counter}-${tag}@plenary.test`, address: `192.0.2.${counter}-${tag}` };
}

/** One sign-in as authorize() runs it: begin (count, then check) and, when the password was right, mark it. */
async function attempt(client: SignInClient, passwordRight: boolean, now: Date): Promise<number | "checked"> {
  try {
    const id = await beginSignInAttempt(db, client, now);
    if (passwordRight) await markSignInSucceeded(db, id);
    return "checked";
  } catch (error) {
    expect(error).toBeInstanceOf(TooManySignInAttempts);
    return (error as TooManySignInAttempts).retryAfterSeconds;
  }
}

const at = (start: Date, offsetMs: number) => new Date(start.getTime() + offsetMs);

describe("per account and address", () => {
  it("grows the wait after five wrong passwords, from the last one, up to 15 minutes", async () => {
    expect([4, 5, 6, 7, 13, 14, 40].map(delaySeconds)).toEqual([0, 2, 4, 8, 512, 900, 900]);
    const client = fresh();
    const start = new Date();
    let clock = 0;
    for (let n = 0; n < 5; n++) expect(await attempt(client, false, at(start, (clock += SECOND)))).toBe("checked");
    for (let failures = 5; failures < 16; failures++) {
      const wait = delaySeconds(failures) * SECOND;
      expect(await attempt(client, false, at(start, clock + wait - SECOND))).toBe(1);
      // Retrying early was forgotten: the wait still runs from the last checked guess.
      expect(await attempt(client, false, at(start, (clock += wait)))).toBe("checked");
    }
    expect(await attempt(client, true, at(start, clock + 10 * SECOND))).toBe(THROTTLE.maxDelaySeconds - 10);
  });

  it("ignores the letter case of the e-mail address", async () => {
    const client = fresh();
    const now = new Date();
    for (let n = 0; n < 5; n++)
      expect(await attempt({ ...client, email: n % 2 ? client.email.toUpperCase() : client.email }, false, now)).toBe(
        "checked",
      );
    expect(await attempt(client, false, now)).toBe(2);
  });

  it("does not slow the owner at another address, and a success starts the count again", async () => {
    const attacker = fresh();
    const owner = { ...attacker, address: fresh().address };
    const start = new Date();
    let clock = 0;
    const tick = () => at(start, (clock += 1));
    for (let n = 0; n < 5; n++) await attempt(attacker, false, tick());
    expect(await attempt(attacker, true, tick())).toBe(2);
    expect(await attempt(owner, true, tick())).toBe("checked");
    for (let n = 0; n < 4; n++) expect(await attempt(owner, false, tick())).toBe("checked");
    expect(await attempt(owner, true, tick())).toBe("checked");
    for (let n = 0; n < 5; n++) expect(await attempt(owner, false, tick())).toBe("checked");
    expect(await attempt(owner, false, tick())).toBe(2);
  });

  it("remembers wrong passwords for a day, so the wait keeps growing across pauses", async () => {
    const now = new Date();
    const [recent, old] = [fresh(), fresh()];
    for (let n = 0; n < 14; n++) await reserveSignInAttempt(db, recent, at(now, -23 * 60 * MINUTE));
    for (let n = 0; n < 14; n++) await reserveSignInAttempt(db, old, at(now, -25 * 60 * MINUTE));
    expect(await attempt(recent, false, now)).toBe("checked");
    expect(await attempt(recent, false, at(now, SECOND))).toBe(THROTTLE.maxDelaySeconds - 1);
    expect(await attempt(old, false, now)).toBe("checked");
    expect(await attempt(old, false, at(now, SECOND))).toBe("checked");
  });

  it("lets at most five guesses through when they arrive all at once", async () => {
    const client = fresh();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt(client, false, now)));
    expect(results.filter((r) => r === "checked").length).toBeLessThanOrEqual(THROTTLE.freeFailures);
    expect(await db.signInAttempt.count({ where: { email: client.email } })).toBe(
      results.filter((r) => r === "checked").length,
    );
  });
});

describe("per address across accounts", () => {
  it("refuses an address after 50 wrong passwords in 15 minutes for any accounts, and only that address", async () => {
    const sprayer = fresh();
    const now = new Date();
    for (let n = 0; n < THROTTLE.addressLimit; n++)
      expect(await attempt({ ...sprayer, email: fresh().email }, false, now)).toBe("checked");
    expect(await attempt({ ...sprayer, email: fresh().email }, true, now)).toBe(15 * 60);
    expect(await attempt(fresh(), true, now)).toBe("checked");
    expect(await attempt({ ...sprayer, email: fresh().email }, true, at(now, 15 * MINUTE + SECOND))).toBe("checked");
  });

  it("holds under a burst of guesses at many accounts", async () => {
    const sprayer = fresh();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 80 }, () => attempt({ ...sprayer, email: fresh().email }, false, now)),
    );
    expect(results.filter((r) => r === "checked").length).toBeLessThanOrEqual(THROTTLE.addressLimit);
  });
});

describe("per account across addresses", () => {
  it("refuses new addresses after 100 wrong passwords in 15 minutes, but not one the owner signed in from", async () => {
    const owner = fresh();
    const now = new Date();
    expect(await attempt(owner, true, at(now, -2 * 24 * 60 * MINUTE))).toBe("checked");
    for (let n = 0; n < THROTTLE.accountLimit; n++)
      expect(await attempt({ ...owner, address: fresh().address }, false, now)).toBe("checked");
    expect(await attempt({ ...owner, address: fresh().address }, true, now)).toBe(15 * 60);
    expect(await attempt(owner, true, now)).toBe("checked");
  });
});

describe("pruning", () => {
  it("deletes failures older than a day and successes older than 30 days, at most every few minutes", async () => {
    const client = fresh();
    const now = new Date();
    const row = async (ageMs: number, succeeded: boolean) => {
      const id = await reserveSignInAttempt(db, client, at(now, -ageMs));
      if (succeeded) await markSignInSucceeded(db, id);
      return id;
    };
    const day = 24 * 60 * MINUTE;
    const gone = [await row(day + MINUTE, false), await row(31 * day, true)];
    const kept = [await row(day - MINUTE, false), await row(29 * day, true)];
    const schedule = { nextAt: 0 };
    expect(await pruneIfDue(db, now, schedule)).toBe(true);
    const left = await db.signInAttempt.findMany({ where: { email: client.email }, select: { id: true } });
    expect(left.map((r) => r.id).sort()).toEqual([...kept].sort());
    expect(gone.every((id) => !left.some((r) => r.id === id))).toBe(true);
    expect(await pruneIfDue(db, at(now, THROTTLE.pruneEveryMs - 1), schedule)).toBe(false);
    expect(await pruneIfDue(db, at(now, THROTTLE.pruneEveryMs), schedule)).toBe(true);
  });
});
