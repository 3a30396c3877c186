import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** What a file imports (type-only imports included), as paths from the repository's root; packages are left out. */
function importsOf(file: string): { path: string; typeOnly: boolean }[] {
  const source = readFileSync(join(ROOT, file), "utf8");
  return [...source.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)].flatMap(
    (match) => {
      const specifier = match[3] ?? "";
      const typeOnly = Boolean(match[2]);
      if (specifier.startsWith("@/")) return [{ path: specifier.slice(2), typeOnly }];
      if (specifier.startsWith("."))
        return [{ path: relative(ROOT, resolve(ROOT, dirname(file), specifier)), typeOnly }];
      return [];
    },
  );
}

/** The first folder under lib/ ("sessions" for lib/sessions/workspace/data.ts); null for files directly in lib/. */
function libFolder(path: string): string | null {
  const parts = path.split("/");
  return parts[0] === "lib" && parts.length > 2 ? (parts[1] ?? null) : null;
}

/** Groups of lib/ folders that import each other, directly or round about (strongly connected components). */
function folderCycles(): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles("lib")) {
    const from = libFolder(file);
    if (!from) continue;
    for (const { path } of importsOf(file)) {
      const to = libFolder(path);
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member) component.push(member);
      } while (member && member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles.sort();
}

describe("module boundaries", () => {
  it("has no import cycles between the folders of lib/", () => {
    // audit/ writes every domain's audit rows; history/ reads them back (numbering agenda items), so neither
    // depends back on the domains that depend on it.
    expect(folderCycles()).toEqual([]);
  });

  it("sees the folders' imports at all", () => {
    const sessionImports = sourceFiles("lib/sessions")
      .flatMap(importsOf)
      .map((i) => libFolder(i.path));
    expect(sessionImports).toEqual(expect.arrayContaining(["schedule", "documents", "agenda", "i18n"]));
  });

  it("keeps the database out of pages and components: only lib/ loaders, data and mutations reach it", () => {
    const offending = [...sourceFiles("app"), ...sourceFiles("components")].flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && (i.path === "lib/db" || /^lib\/.*\/(data|mutations)$/.test(i.path)))
        .map((i) => `${file} → ${i.path}`),
    );
    expect(offending).toEqual([]);
  });
});
