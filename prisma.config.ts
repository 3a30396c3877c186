import "./scripts/load-env";
import { defineConfig } from "prisma/config";
import { chooseSchemaEngine, schemaEngineInstalled } from "./scripts/prisma-engine";

// See scripts/prisma-engine.ts: a stand-in engine path only for the commands that never run the engine.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const choice = chooseSchemaEngine(process.argv, schemaEngineInstalled(process.cwd()));
  if (choice === "stand-in") process.env.PRISMA_SCHEMA_ENGINE_BINARY = "package.json";
  if (choice === "missing") {
    process.stderr.write(
      "[plenary] Prisma's schema engine is not installed; Prisma will try to download it. Where it cannot, `npm run db:migrate` applies the migrations without it.\n",
    );
  }
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db.ts seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/plenary" },
});
