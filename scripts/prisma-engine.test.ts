import { describe, expect, it } from "vitest";
import { chooseSchemaEngine, prismaCommand } from "./prisma-engine";

const cli = (...args: string[]) => ["node", "/app/node_modules/prisma/build/index.js", ...args];

describe("chooseSchemaEngine", () => {
  it("reads the command from the Prisma CLI's arguments", () => {
    expect(prismaCommand(cli("generate", "--schema", "x.prisma"))).toBe("generate");
    expect(prismaCommand(cli("migrate", "deploy"))).toBe("migrate deploy");
    expect(prismaCommand(cli("db", "seed", "--", "--demo"))).toBe("db seed");
    expect(prismaCommand(cli("--version"))).toBe("--version");
    expect(prismaCommand(cli())).toBe("");
  });

  it("gives the stand-in only to commands that never run the engine", () => {
    for (const command of [["generate"], ["validate"], ["format"], ["db", "seed"]]) {
      expect(chooseSchemaEngine(cli(...command), false)).toBe("stand-in");
    }
    for (const command of [
      ["--version"],
      ["version"],
      ["migrate", "status"],
      ["migrate", "deploy"],
      ["db", "push"],
      ["studio"],
    ]) {
      expect(chooseSchemaEngine(cli(...command), false)).toBe("missing");
    }
  });

  it("leaves an installed engine to Prisma for every command", () => {
    for (const command of [["generate"], ["migrate", "deploy"], ["--version"]]) {
      expect(chooseSchemaEngine(cli(...command), true)).toBe("real");
    }
  });
});
