import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/** The command-line tools on the embedded database: one-line errors, and never a lock file left behind. */

const root = path.resolve(import.meta.dirname, "..");
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "plenary-cli-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function tool(args: string[], input = "") {
  // An empty DATABASE_URL means the embedded database, and keeps a developer's .env.local from naming another.
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "", PLENARY_DATA_DIR: dataDir },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("command-line tools while another process holds the embedded database", () => {
  // This test process is alive, so its pid in the lock file stands for a running `npm start`.
  beforeEach(() => writeFileSync(path.join(dataDir, "plenary.pid"), String(process.pid)));

  it.each([
    ["db:migrate", ["scripts/db.ts", "migrate"]],
    ["db:seed", ["scripts/db.ts", "seed"]],
    ["user", ["scripts/user.ts", "password", "--email", "a.person@un.org"]],
  ])("%s says so in one line, without a stack trace", (_name, args) => {
    const { code, stderr } = tool(args, "a-long-enough-password\n");
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^\[plenary\] The embedded database in .* is in use by process \d+/),
    ]);
    expect(existsSync(path.join(dataDir, "plenary.pid"))).toBe(true); // someone else's lock stays
  });
});

describe("npm run user on the embedded database", () => {
  it("closes the database and removes its lock file when it refuses", () => {
    const { code, stderr } = tool(
      ["scripts/user.ts", "password", "--email", "nobody@un.org"],
      "a-long-enough-password\n",
    );
    expect(stderr).toContain("There is no account for nobody@un.org.");
    expect(code).toBe(2);
    expect(existsSync(path.join(dataDir, "plenary.pid"))).toBe(false);
  });
});
