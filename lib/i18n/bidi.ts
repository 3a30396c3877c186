/**
 * User text placed inside a sentence of ours ("All times are local times in {venue}: …") as a plain string,
 * where no <bdi> element can go: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a
 * bidirectional control typed into it (U+202E …) cannot reorder the rest of the sentence, and Arabic or
 * Latin text keeps its own direction inside the other.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
