import "dotenv/config";
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads its schema engine on install; where that is impossible (offline machines),
// `prisma generate` still works when the variable points at any file. Migrations are applied by
// scripts/db.ts, which needs no engine, so nothing else depends on the real binary.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const engineDir = "node_modules/@prisma/engines";
  const hasEngine = existsSync(engineDir) && (await import("node:fs")).readdirSync(engineDir).some((f) => f.startsWith("schema-engine"));
  if (!hasEngine) process.env.PRISMA_SCHEMA_ENGINE_BINARY = "package.json";
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/plenary" },
});
