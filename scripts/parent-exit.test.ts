import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

/**
 * npm runs `npm start` as `sh -c "node … scripts/start.ts"`; a SIGTERM to npm reaches that shell, which dies
 * without passing it on. onParentExit is how the process under it still notices.
 */

const root = path.resolve(import.meta.dirname, "..");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "plenary-parent-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
};
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 100));
}

describe("onParentExit", () => {
  it("fires when the shell that started the process is terminated", async () => {
    const marker = path.join(dir, "marker");
    const child = `
      import { writeFileSync } from "node:fs";
      import { onParentExit } from "./scripts/runtime.ts";
      onParentExit(() => { writeFileSync(${JSON.stringify(marker)}, "parent gone"); process.exit(0); });
      writeFileSync(${JSON.stringify(marker)}, "ready");
      setInterval(() => {}, 1000);
    `;
    // "; true" keeps sh from replacing itself with node, as it does for npm's script.
    const shell = spawn(
      "sh",
      ["-c", `"${process.execPath}" --import tsx --input-type=module -e '${child.replace(/'/g, "'\\''")}'; true`],
      {
        cwd: root,
        stdio: "ignore",
      },
    );
    await until(() => read(marker) === "ready");
    shell.kill("SIGTERM");
    await until(() => read(marker) === "parent gone");
    expect(read(marker)).toBe("parent gone");
  });
});
