/**
 * Headings of an annotated agenda in the six official languages. Matching is on a
 * whole line after dropping section numbers ("II.") and footnote marks, because the
 * same words appear inside sentences ("the provisional agenda and annotations ...").
 */

const ARABIC_MARKS = /[\u064B-\u0652\u0670]/g;

/** Lower-cased heading text without section numbers, footnote marks or final punctuation. */
export function headingKey(text: string): string {
  if (text.length > 120) return "";
  return text
    .normalize("NFKC")
    .replace(ARABIC_MARKS, "")
    .replace(/^(?:[IVX]{1,5}|[A-H])\.\s+/, "")
    .replace(/(?<=\p{L})[*†‡]+$|(?<=\p{Ll})\d{1,2}$/u, "")
    .replace(/[\s.:：;；*]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

export const DOCUMENT_TITLE = [
  /^临时议程(?:[及和]说明|说明)?$/,
  /^附加说明的临时议程$/,
  /^(?:annotated )?provisional agenda(?: and annotations| and proposed organization of work)?$/,
  /^ordre du jour provisoire(?: annoté| et annotations)?$/,
  /^programa provisional(?: anotado| y anotaciones)?$/,
  /^(?:аннотированная )?предварительная повестка дня(?: и аннотации)?$/,
  /^جدول الأعمال المؤقت(?: وشروحه| المشروح)?$/,
];

export const AGENDA_LIST = [
  /^临时议程$/,
  /^provisional agenda$/,
  /^ordre du jour provisoire$/,
  /^programa provisional$/,
  /^предварительная повестка дня$/,
  /^جدول الأعمال المؤقت$/,
];

export const ANNOTATIONS = [
  /^(?:临时议程|议程)?说明$/,
  /^annotations(?: to the (?:provisional )?agenda)?$/,
  /^annotations?(?: (?:à|de) l['’]ordre du jour(?: provisoire)?)?$/,
  /^anotaciones(?: al programa(?: provisional)?)?$/,
  /^аннотации(?: к (?:предварительной )?повестке дня)?$/,
  /^(?:ال)?شروح(?: جدول الأعمال(?: المؤقت)?)?$/,
];

export const DOCUMENTATION = [
  /^(?:所涉)?文件$/,
  /^documentation$/,
  /^documents$/,
  /^documentación$/,
  /^документация$/,
  /^الوثائق$/,
];

export const ANNEX = [
  /^附件[一二三四五六七八九十]?$/,
  /^annex(?:e)?(?: [ivx]+| \d{1,2})?$/,
  /^anexo(?: [ivx]+| \d{1,2})?$/,
  /^приложение(?: [ivx]+| \d{1,2})?$/,
  /^(?:ال)?مرفق(?: .{1,10})?$/,
];

export const ORGANIZATION_OF_WORK = [
  /^(?:拟议)?(?:工作安排|工作日程|工作时间表)(?:草案)?$/,
  /^(?:proposed |draft )?(?:organization of work|programme of work|program of work|timetable|schedule of work)$/,
  /^(?:projet d['’])?organisation des travaux(?: proposée)?$|^(?:programme de travail|calendrier)(?: proposé)?$/,
  /^(?:propuesta de |proyecto de )?organización de los trabajos(?: propuesta)?$|^programa de trabajo(?: propuesto)?$/,
  /^(?:предлагаемая )?организация работы$|^(?:предлагаемая )?программа работы$/,
  /^(?:التنظيم المقترح للأعمال|تنظيم الأعمال المقترح|تنظيم الأعمال)$/,
];

/** Column headings of the organization-of-work table, which carry no data; extraction may put each on its own line. */
export const TABLE_HEADER = [
  /^日期(?:和|及)?时间/,
  /^(?:议程项目|项目|标题或说明|标题|说明|时间|日期)$/,
  /^date(?: and time)?\b.*\b(?:item|title)/,
  /^(?:date and time|date|time|item|agenda item|items|title or description|title|description)$/,
  /^date(?: et heure)?\b.*\b(?:point|titre)/,
  /^(?:date et heure|heure|point|titre ou description|titre)$/,
  /^fecha(?: y hora)?\b.*\b(?:tema|título)/,
  /^(?:fecha y hora|fecha|hora|tema|título o descripción|título)$/,
  /^дата(?: и время)?.*(?:пункт|название)/,
  /^(?:дата и время|дата|время|пункт|название или описание|название)$/,
];

export const matchesAny = (patterns: readonly RegExp[], key: string): boolean =>
  key.length > 0 && patterns.some((re) => re.test(key));

/** "（续）", "(continued)" and their equivalents, at the end of a title in the annex. */
export const CONTINUED = /\s*[(（]\s*(?:续|continued|cont\.|suite|continuación|продолжение|تابع)\s*[)）]\s*$/iu;
