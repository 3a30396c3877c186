/**
 * Lines that belong to the page, not to the text: page numbers, job numbers and their date stamps, bar codes,
 * "Distr.: General", "Original: English", the organization's name and the version's language in the masthead.
 */

const PAGE_TOKEN = [
  /^\d{1,4}\/\d{1,4}$/, // 2/5
  /^(?:V|GE|N|E|S|B|D|A)?\.?\d{2}-\d{4,6}$/i, // V.18-01234, GE.18-12345, 18-12345
  /^(?:V|GE|N)\.\d{2}-\d{0,3}$/, // GE.95- : a job number the copy cut short
  /^\([A-Z]{1,2}\)$/, // (E), (C)
  /^\d{6}$/, // 020418 date stamps next to job numbers
  /^\*\d{6,9}\*$/, // bar code text
];

/** Lines that belong to the page, not to the text. */
export function isPageFurniture(text: string): boolean {
  if (text.length > 80) return false;
  if (/^[-–—]\s*\d{1,4}\s*[-–—]$/.test(text)) return true;
  // "(2)": the page number some extractions print in brackets at the top of a page.
  if (/^\(\d{1,3}\)$/.test(text)) return true;
  if (/^(?:page|pág\.?|página|стр\.?)\s*\d{1,4}(?:\s*(?:of|de|sur|из)\s*\d{1,4})?$/i.test(text)) return true;
  if (/^(?:please recycle|请回收|prière de recycler|se ruega reciclar)\b/i.test(text)) return true;
  if (/^distr\.?\s*:?\s*(?:general|générale|general|limited|limitée|limitada|restricted)$/i.test(text)) return true;
  if (/^(?:original|原文)\s*[:：]\s*\S+$/i.test(text)) return true;
  if (
    /^(?:united nations|联合国|nations unies|naciones unidas|организация объединенных наций|الأمم المتحدة)$/i.test(text)
  )
    return true;
  // The language of the version, printed above "Original: English" in the masthead, in the version's own language.
  if (/^(?:arabic|chinese|english|french|russian|spanish|français|español|русский|عربي|中文)$/i.test(text)) return true;
  const tokens = text
    .replace(/\(\s*([A-Z]{1,2})\s*\)/g, " ($1) ")
    .trim()
    .split(/\s+/);
  return tokens.length > 0 && tokens.every((token) => PAGE_TOKEN.some((re) => re.test(token)));
}
