import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../i18n/locales";

type Tree = { [key: string]: string | Tree };

function read(locale: string, namespace: string): Tree {
  const file = path.resolve(import.meta.dirname, `../../i18n/messages/${locale}/${namespace}.json`);
  return JSON.parse(readFileSync(file, "utf8")) as Tree;
}

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") found.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) found.set(k, v);
  }
  return found;
}

// What a chair, a delegate or the secretariat reads about chairs and where they land, in each language.
const SHARED_KEYS: Array<[string, string[]]> = [
  ["auth", ["forbiddenTitle", "forbiddenBody", "forbiddenChairSessions", "forbiddenChairList", "mySessions"]],
  ["errors", ["fields.notAChair"]],
  ["history", ["action.chair.assign", "action.chair.remove", "field.chair"]],
];

describe("messages about chairs", () => {
  const english = leaves(read("en", "chairs"));

  it.each(LOCALES.filter((locale) => locale !== "en"))("are all translated in %s", (locale) => {
    const translated = leaves(read(locale, "chairs"));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    // Only the option's "{name} ({email})" may read the same as in English.
    const untranslated = [...english].filter(([key, text]) => translated.get(key) === text && !/^\{name\}/.test(text));
    expect(untranslated).toEqual([]);
    for (const [namespace, keys] of SHARED_KEYS) {
      const own = leaves(read(locale, namespace));
      const en = leaves(read("en", namespace));
      for (const key of keys) {
        expect(own.get(key), `${locale} ${namespace}.${key}`).toMatch(/\S/);
        expect(own.get(key), `${locale} ${namespace}.${key}`).not.toBe(en.get(key));
      }
    }
  });
});
