/**
 * Plain-text rendering of a warning for command-line use, from a flat message table such
 * as lib/i18n/messages/en/importer.json. The UI formats with next-intl instead; these
 * messages use only simple {name} placeholders, so substitution is enough here.
 */
import type { ImportWarning } from "./types";

export function formatWarning(warning: ImportWarning, messages: Readonly<Record<string, string>>): string {
  const template = messages[warning.code] ?? warning.code;
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === "line") return String(warning.line);
    const value = warning.params?.[name];
    return value === undefined ? whole : String(value);
  });
  return `line ${warning.line}: ${text}`;
}
