import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * What the production bundle is made from, as one hash of file contents (not times: a no-change `npm install`
 * touches package-lock.json, and a checkout touches everything). Every folder counts except those known not
 * to reach the bundle, and every root-level file except documentation and test configuration, so a new
 * root-level instrumentation.ts or proxy.ts (which Next.js picks up by name) triggers a build.
 */

const SKIPPED_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  "e2e",
  "bench",
  "scripts",
  "test-results",
  "playwright-report",
  "coverage",
  path.join("lib", "generated"), // generated from prisma/schema.prisma, which counts
  path.join("prisma", "migrations"),
]);
const SKIPPED_FILES = [
  /\.test\.tsx?$/,
  /\.md$/i,
  /\.tsbuildinfo$/,
  /^next-env\.d\.ts$/,
  /^(vitest|playwright|prisma)\.config\./,
];

// Read by next.config.js at build time: a different value needs a different bundle.
const BUILD_ENV = ["PLENARY_ALLOWED_ORIGINS"];

function counts(relative: string, isDirectory: boolean): boolean {
  const name = path.basename(relative);
  // Dot folders (.git, .ci) never reach the bundle; of dot files, only Next.js's own .env files do.
  if (name.startsWith(".")) return !isDirectory && name.startsWith(".env") && !name.endsWith(".example");
  if (isDirectory) return !SKIPPED_DIRS.has(relative);
  return !SKIPPED_FILES.some((pattern) => pattern.test(name));
}

export function buildFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const child = path.join(relative, entry.name);
      if (!counts(child, entry.isDirectory())) continue;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile())
        hash
          .update(`${child}\0`)
          .update(readFileSync(path.join(root, child)))
          .update("\0");
    }
  };
  visit("");
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ""}\0`);
  return hash.digest("hex");
}
