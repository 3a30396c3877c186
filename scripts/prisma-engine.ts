import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * Prisma's CLI needs its native schema engine, which it downloads on install or on first use. Where that is
 * impossible (offline machines), the commands that only use Prisma's WebAssembly still work once
 * PRISMA_SCHEMA_ENGINE_BINARY names any file, which stops the download attempt. Every other command must find
 * the real engine (or download it), so the stand-in is given to those few commands only: pointing everything
 * at a stand-in would break `prisma migrate deploy` even where the engine could be had.
 */

const WITHOUT_ENGINE = new Set(["generate", "validate", "format", "db seed"]);

/** "generate", "migrate status", "db seed", "--version" … from the arguments of the Prisma CLI process. */
export function prismaCommand(argv: readonly string[]): string {
  const [first = "", second = ""] = argv.slice(2);
  return (first === "migrate" || first === "db") && second && !second.startsWith("-") ? `${first} ${second}` : first;
}

export function schemaEngineInstalled(root: string): boolean {
  const dir = path.join(root, "node_modules", "@prisma", "engines");
  return existsSync(dir) && readdirSync(dir).some((file) => file.startsWith("schema-engine"));
}

export type EngineChoice = "real" | "stand-in" | "missing";

export function chooseSchemaEngine(argv: readonly string[], installed: boolean): EngineChoice {
  if (installed) return "real";
  return WITHOUT_ENGINE.has(prismaCommand(argv)) ? "stand-in" : "missing";
}
