import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint } from "./build-fingerprint";

let root: string;
const write = (relative: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  writeFileSync(path.join(root, relative), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "plenary-fingerprint-"));
  write("package-lock.json", "{}");
  write("next.config.js", "export default {};");
  write("app/page.tsx", "export default 1;");
  write("lib/a.ts", "export const a = 1;");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildFingerprint", () => {
  it("ignores file times: a no-change npm install does not rebuild", () => {
    const before = buildFingerprint(root, {});
    utimesSync(path.join(root, "package-lock.json"), new Date(), new Date(Date.now() + 60_000));
    write("lib/a.ts", "export const a = 1;");
    expect(buildFingerprint(root, {})).toBe(before);
  });

  it("changes with a new root-level source file such as instrumentation.ts or proxy.ts", () => {
    const before = buildFingerprint(root, {});
    write("instrumentation.ts", "export function register() {}");
    const withInstrumentation = buildFingerprint(root, {});
    expect(withInstrumentation).not.toBe(before);
    write("proxy.ts", "export function proxy() {}");
    expect(buildFingerprint(root, {})).not.toBe(withInstrumentation);
  });

  it("changes with the contents of a source file, a new folder and the build-time environment", () => {
    const before = buildFingerprint(root, {});
    write("lib/a.ts", "export const a = 2;");
    const edited = buildFingerprint(root, {});
    expect(edited).not.toBe(before);
    write("hooks/use-thing.ts", "export {};");
    expect(buildFingerprint(root, {})).not.toBe(edited);
    expect(buildFingerprint(root, { PLENARY_ALLOWED_ORIGINS: "plenary.example.org" })).not.toBe(
      buildFingerprint(root, {}),
    );
  });

  it("does not change with tests, end-to-end specs, documentation or build output", () => {
    const before = buildFingerprint(root, {});
    write("lib/a.test.ts", "it();");
    write("e2e/public.spec.ts", "test();");
    write("README.md", "# Plenary");
    write(".next/BUILD_ID", "x");
    write("node_modules/x/index.js", "");
    expect(buildFingerprint(root, {})).toBe(before);
  });
});
