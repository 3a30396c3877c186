import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withFileLock } from "./build";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plenary-lock-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("withFileLock (serialises builds)", () => {
  it("lets a second holder in only after the first is done, and removes the lock afterwards", async () => {
    const file = path.join(dir, "build.lock");
    const events: string[] = [];
    let finishFirst = () => {};
    let secondWaits = () => {};
    const waited = new Promise<void>((resolve) => (secondWaits = resolve));
    const first = withFileLock(
      file,
      () => events.push("first waited"),
      async () => {
        events.push("first builds");
        await new Promise<void>((resolve) => (finishFirst = resolve));
        events.push("first done");
      },
    );
    const second = withFileLock(
      file,
      (holder) => {
        events.push(`second waits for ${holder === process.pid ? "this process" : holder}`);
        secondWaits();
      },
      async () => void events.push("second builds"),
    );
    await waited;
    finishFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(["first builds", "second waits for this process", "first done", "second builds"]);
    expect(existsSync(file)).toBe(false);
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const file = path.join(dir, "build.lock");
    writeFileSync(file, "2147483646"); // no such process
    const events: string[] = [];
    await withFileLock(
      file,
      () => events.push("waited"),
      async () => void events.push("built"),
    );
    expect(events).toEqual(["built"]);
  });
});
