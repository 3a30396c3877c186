import "./load-env";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser, disableUser, setPassword } from "../lib/auth/mutations";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { ROLES } from "../lib/auth/types";
import { disconnectDb, getDb } from "../lib/db";
import { log, migrateDatabase, openDatabase } from "./runtime";

/**
 * Accounts from the command line:
 *   npm run user -- create --email a@b.org --name "A. Person" --role SECRETARIAT
 *   npm run user -- password --email a@b.org
 * The password is asked for on the terminal (or read from standard input), never given as an argument.
 */

const USAGE = `Usage:
  npm run user -- create --email EMAIL --name NAME --role ${ROLES.join("|")}
  npm run user -- password --email EMAIL
  npm run user -- disable --email EMAIL      (ends every sign-in of the account at once)`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});
const command = positionals[0];

function usage(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Once the database is open, failures are thrown, so that it is always closed (and its lock file removed). */
class Refusal extends Error {}
function fail(message: string): never {
  throw new Refusal(message);
}

const email = z.email().safeParse(values.email);
if (!email.success) usage(`Give a valid --email.\n${USAGE}`);
if (command !== "create" && command !== "password" && command !== "disable") usage(USAGE);
const role = z.enum(ROLES).safeParse(values.role);
if (command === "create" && (!values.name?.trim() || !role.success)) usage(`create needs --name and --role.\n${USAGE}`);

/** Reads a line without echoing it on a terminal; piped input (scripts) is read as it comes. */
async function readHidden(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, terminal: false });
    const line = await new Promise<string>((resolve) => rl.once("line", resolve).once("close", () => resolve("")));
    rl.close();
    return line;
  }
  process.stdout.write(prompt);
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let typed = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n" || char === "\u0003") {
          process.stdin.off("data", onData);
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write("\n");
          // Ctrl-C in raw mode is a character, not a signal.
          return char === "\u0003" ? reject(new Refusal("Cancelled; nothing was changed.")) : resolve(typed);
        }
        typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
      }
    };
    process.stdin.on("data", onData);
  });
}

// Spaces are kept as typed: sign-in compares the password exactly.
async function readPassword(): Promise<string> {
  const password = await readHidden("New password: ");
  if (password.length < MIN_PASSWORD_LENGTH) fail(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (process.stdin.isTTY && (await readHidden("Repeat it: ")) !== password)
    fail("The two passwords differ; nothing was changed.");
  return password;
}

// The database first: if it cannot be had (npm start holds the embedded one), say so before asking for a password.
const embedded = await openDatabase();
try {
  const password = command === "disable" ? "" : await readPassword();
  await migrateDatabase();
  const db = getDb();
  if (command === "create") {
    const exists = await db.user.count({ where: { email: email.data.toLowerCase() } });
    if (exists) fail(`An account for ${email.data} exists already; use "password" to change its password.`);
    await createUser(db, {
      email: email.data,
      name: values.name ?? "",
      role: role.success ? role.data : "DELEGATE",
      password,
    });
    log(`Created ${email.data}.`);
  } else if (command === "disable") {
    if (await disableUser(db, email.data)) log(`Disabled ${email.data}; its sign-ins have ended.`);
    else fail(`There is no active account for ${email.data}.`);
  } else if (await setPassword(db, email.data, password)) {
    log(`Changed the password of ${email.data}.`);
  } else {
    fail(`There is no account for ${email.data}.`);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(error instanceof Refusal ? `${message}\n` : `[plenary] ${message}\n`);
  process.exitCode = error instanceof Refusal ? 2 : 1;
} finally {
  await disconnectDb();
  await embedded?.stop();
}
