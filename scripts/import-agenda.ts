/**
 * `npm run -s import -- file.txt` (or `-` for stdin): imports the text of a "provisional agenda
 * and annotations" and prints the draft as JSON on stdout (`-s`: without npm's banner, which npm
 * prints on stdout too and would spoil `> out.json`); warnings go to stderr as
 * "line N: message" in English (line 0 = the document as a whole).
 * Exit status: 1 when the input cannot be read, 0 otherwise (warnings included).
 */
import { readFileSync } from "node:fs";
import { formatWarning } from "../lib/agenda-parser/format-warning";
import { importAgendaText } from "../lib/agenda-parser/import-agenda";

const USAGE = 'Usage: npm run -s import -- <file.txt | -> > draft.json   ("-" reads the text from standard input)';

/** Notepad and Word may save UTF-16 with a byte-order mark; everything else is taken as UTF-8. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  return bytes.toString("utf8");
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const source = process.argv[2];
if (source === undefined || process.argv.length > 3) fail(USAGE);

let text: string;
try {
  // File descriptor 0 is standard input.
  text = decode(readFileSync(source === "-" ? 0 : source));
} catch (error) {
  fail(
    `Cannot read ${source === "-" ? "standard input" : `"${source}"`}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

const messages = JSON.parse(
  readFileSync(new URL("../lib/i18n/messages/en/importer.json", import.meta.url), "utf8"),
) as Record<string, string>;

const result = importAgendaText(text);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
for (const warning of result.warnings) process.stderr.write(`${formatWarning(warning, messages)}\n`);
