/** A readable, stable address for a session: "CTOC/COP/WG.4", 8th meeting in 2018 → "ctoc-cop-wg4-2018". */
export function sessionSlug(symbolPrefix: string, year: number, ordinal: number, taken: ReadonlySet<string>): string {
  const base = `${symbolPrefix
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}-${year}`;
  if (!taken.has(base)) return base;
  const withOrdinal = `${base}-${ordinal}`;
  if (!taken.has(withOrdinal)) return withOrdinal;
  for (let n = 2; ; n++) if (!taken.has(`${withOrdinal}-${n}`)) return `${withOrdinal}-${n}`;
}
