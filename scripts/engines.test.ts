import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The Node.js versions package.json and the README promise must be ones every dependency accepts. */

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
// semver ships with npm's own tooling in node_modules but without type declarations.
const semver = require("semver") as {
  subset(range: string, within: string): boolean;
  minVersion(range: string): { version: string };
};
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

// Declares Node 22.12+, yet the end-to-end tests pass with it on Node 20.20; the README says so.
const DECLARES_MORE_THAN_IT_NEEDS = new Set(["@axe-core/playwright"]);

function nodeRangeOf(name: string): string | undefined {
  const manifest = JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as {
    engines?: { node?: string };
  };
  return manifest.engines?.node;
}

describe("engines.node", () => {
  it("allows only Node versions that every dependency supports", () => {
    const refused = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })
      .filter((name) => !DECLARES_MORE_THAN_IT_NEEDS.has(name))
      .map((name) => ({ name, range: nodeRangeOf(name) }))
      .filter(({ range }) => range !== undefined && !semver.subset(pkg.engines.node, range));
    expect(refused).toEqual([]);
  });

  it("is the minimum the README states", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const stated = /nothing but Node\.js (\d+\.\d+)\+/.exec(readme)?.[1];
    expect(`${stated}.0`).toBe(semver.minVersion(pkg.engines.node).version);
  });
});
