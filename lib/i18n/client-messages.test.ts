import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickClientMessages } from "./client-messages";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every useTranslations(…) call in the app's React code, with the namespace it names (null when not a literal). */
function translationHooks(): { file: string; namespace: string | null }[] {
  return ["app", "components"].flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\buseTranslations\(\s*(?:(["'])([^"']*)\1)?/g)].map((match) => ({
        file: relative(ROOT, file),
        namespace: match[2] ?? null,
      })),
    ),
  );
}

describe("client message namespaces", () => {
  const hooks = translationHooks();

  it("finds the workspace's client components", () => {
    expect(hooks.length).toBeGreaterThan(20);
  });

  it("sends every namespace a client component reads to the browser", () => {
    const allowed = new Set<string>(CLIENT_NAMESPACES);
    const missing = hooks.filter((hook) => hook.namespace === null || !allowed.has(hook.namespace.split(".")[0] ?? ""));
    // A namespace must be a literal so that this test can see it; add a missing one to CLIENT_NAMESPACES.
    expect(missing).toEqual([]);
  });

  it("picks exactly those namespaces", () => {
    const picked = pickClientMessages({ admin: { a: "A" }, common: { c: "C" } });
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked.admin).toEqual({ a: "A" });
    expect(picked).not.toHaveProperty("common");
  });
});
