/**
 * The plain-text layer of iCalendar (RFC 5545): escaped values, content lines folded at 75 octets of UTF-8
 * (never inside a character), CRLF line ends.
 */

/** TEXT values escape backslash, semicolon and comma, and write line breaks as "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; the following ones 74 after their leading space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + bytes > limit) {
      pieces.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

export function serialize(lines: string[]): string {
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** "2018-07-02" and 600 minutes → "20180702T100000": a local date-time, read in the TZID it is given with. */
export function localDateTime(date: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${date.replaceAll("-", "")}T${hh}${mm}00`;
}

/** An instant in UTC: "20180702T080000Z". */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
