import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/** The README's command for the importer, run as written: its output file must be the JSON and nothing else. */

const root = path.resolve(import.meta.dirname, "..");
const sample = path.join(root, "prisma", "seed-data", "ctoc-cop-wg4-2018-1.zh.txt");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plenary-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run import, as the README documents it", () => {
  it("writes clean JSON to the file standard output is sent to", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const documented = /`(npm run [^`]*import -- agenda\.txt > agenda\.json)`/.exec(readme)?.[1];
    expect(documented).toBeDefined();
    const output = path.join(dir, "agenda.json");
    const command = (documented ?? "")
      .replace("agenda.txt", JSON.stringify(sample))
      .replace("agenda.json", JSON.stringify(output));
    // Warnings go to standard error; only standard output is redirected, as in a terminal.
    execFileSync("sh", ["-c", command], { cwd: root, stdio: ["ignore", "ignore", "ignore"] });
    const draft = JSON.parse(readFileSync(output, "utf8")) as { items?: unknown[] };
    expect(draft.items?.length).toBeGreaterThan(0);
  });
});
