import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadEnvFiles } from "./load-env";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "plenary-env-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("loadEnvFiles", () => {
  it("reads .env.local before .env, and never overrides the environment", () => {
    writeFileSync(path.join(root, ".env.local"), "PORT=3001\nPLENARY_SEED=off\n");
    writeFileSync(
      path.join(root, ".env"),
      "PORT=3002\nPLENARY_SEED=on\nAUTH_URL=https://plenary.example.org\nDATABASE_URL=postgresql://from-env-file\n",
    );
    const env: Record<string, string | undefined> = { DATABASE_URL: "postgresql://from-the-shell" };
    loadEnvFiles(root, env);
    expect(env).toEqual({
      DATABASE_URL: "postgresql://from-the-shell",
      PORT: "3001",
      PLENARY_SEED: "off",
      AUTH_URL: "https://plenary.example.org",
    });
  });

  it("is content with neither file", () => {
    const env: Record<string, string | undefined> = {};
    loadEnvFiles(root, env);
    expect(env).toEqual({});
  });
});
