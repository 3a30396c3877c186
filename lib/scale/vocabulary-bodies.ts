import type { Locale } from "../i18n/locales";

/** Texts in the six official languages that the scale generator composes titles from. */
export type Six = Record<Locale, string>;

export interface ParentBody {
  prefix: string;
  name: Six;
  term: "SESSION" | "MEETING";
  /** Index into VENUES of where the body usually meets. */
  venue: number;
}

// Real UN bodies, none of them the reference session's (CTOC/COP, CTOC/COP/WG.4), so a generated row never collides.
export const PARENT_BODIES: readonly ParentBody[] = [
  {
    prefix: "E/CN.7",
    term: "SESSION",
    venue: 0,
    name: {
      ar: "لجنة المخدرات",
      zh: "麻醉药品委员会",
      en: "Commission on Narcotic Drugs",
      fr: "Commission des stupéfiants",
      ru: "Комиссия по наркотическим средствам",
      es: "Comisión de Estupefacientes",
    },
  },
  {
    prefix: "E/CN.15",
    term: "SESSION",
    venue: 0,
    name: {
      ar: "لجنة منع الجريمة والعدالة الجنائية",
      zh: "预防犯罪和刑事司法委员会",
      en: "Commission on Crime Prevention and Criminal Justice",
      fr: "Commission pour la prévention du crime et la justice pénale",
      ru: "Комиссия по предупреждению преступности и уголовному правосудию",
      es: "Comisión de Prevención del Delito y Justicia Penal",
    },
  },
  {
    prefix: "A/AC.105",
    term: "SESSION",
    venue: 0,
    name: {
      ar: "لجنة استخدام الفضاء الخارجي في الأغراض السلمية",
      zh: "和平利用外层空间委员会",
      en: "Committee on the Peaceful Uses of Outer Space",
      fr: "Comité des utilisations pacifiques de l'espace extra-atmosphérique",
      ru: "Комитет по использованию космического пространства в мирных целях",
      es: "Comisión sobre la Utilización del Espacio Ultraterrestre con Fines Pacíficos",
    },
  },
  {
    prefix: "UNEP/EA",
    term: "SESSION",
    venue: 3,
    name: {
      ar: "جمعية الأمم المتحدة للبيئة",
      zh: "联合国环境大会",
      en: "United Nations Environment Assembly",
      fr: "Assemblée des Nations Unies pour l'environnement",
      ru: "Ассамблея Организации Объединенных Наций по окружающей среде",
      es: "Asamblea de las Naciones Unidas sobre el Medio Ambiente",
    },
  },
  {
    prefix: "ICCD/COP",
    term: "SESSION",
    venue: 4,
    name: {
      ar: "مؤتمر الأطراف في اتفاقية مكافحة التصحر",
      zh: "防治荒漠化公约缔约方大会",
      en: "Conference of the Parties to the Convention to Combat Desertification",
      fr: "Conférence des Parties à la Convention sur la lutte contre la désertification",
      ru: "Конференция Сторон Конвенции по борьбе с опустыниванием",
      es: "Conferencia de las Partes en la Convención de Lucha contra la Desertificación",
    },
  },
  {
    prefix: "FCCC/SBI",
    term: "SESSION",
    venue: 4,
    name: {
      ar: "الهيئة الفرعية للتنفيذ",
      zh: "附属履行机构",
      en: "Subsidiary Body for Implementation",
      fr: "Organe subsidiaire de mise en œuvre",
      ru: "Вспомогательный орган по осуществлению",
      es: "Órgano Subsidiario de Ejecución",
    },
  },
  {
    prefix: "CAC/COSP",
    term: "SESSION",
    venue: 0,
    name: {
      ar: "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
      zh: "联合国反腐败公约缔约国会议",
      en: "Conference of the States Parties to the United Nations Convention against Corruption",
      fr: "Conférence des États parties à la Convention des Nations Unies contre la corruption",
      ru: "Конференция государств – участников Конвенции Организации Объединенных Наций против коррупции",
      es: "Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción",
    },
  },
  {
    prefix: "A/HRC",
    term: "SESSION",
    venue: 1,
    name: {
      ar: "مجلس حقوق الإنسان",
      zh: "人权理事会",
      en: "Human Rights Council",
      fr: "Conseil des droits de l'homme",
      ru: "Совет по правам человека",
      es: "Consejo de Derechos Humanos",
    },
  },
];

export const VENUES: ReadonlyArray<{ name: Six; timeZone: string }> = [
  {
    timeZone: "Europe/Vienna",
    name: { ar: "فيينا", zh: "维也纳", en: "Vienna", fr: "Vienne", ru: "Вена", es: "Viena" },
  },
  {
    timeZone: "Europe/Zurich",
    name: { ar: "جنيف", zh: "日内瓦", en: "Geneva", fr: "Genève", ru: "Женева", es: "Ginebra" },
  },
  {
    timeZone: "America/New_York",
    name: { ar: "نيويورك", zh: "纽约", en: "New York", fr: "New York", ru: "Нью-Йорк", es: "Nueva York" },
  },
  {
    timeZone: "Africa/Nairobi",
    name: { ar: "نيروبي", zh: "内罗毕", en: "Nairobi", fr: "Nairobi", ru: "Найроби", es: "Nairobi" },
  },
  { timeZone: "Europe/Berlin", name: { ar: "بون", zh: "波恩", en: "Bonn", fr: "Bonn", ru: "Бонн", es: "Bonn" } },
  {
    timeZone: "Asia/Bangkok",
    name: { ar: "بانكوك", zh: "曼谷", en: "Bangkok", fr: "Bangkok", ru: "Бангкок", es: "Bangkok" },
  },
  {
    timeZone: "America/Santiago",
    name: { ar: "سانتياغو", zh: "圣地亚哥", en: "Santiago", fr: "Santiago", ru: "Сантьяго", es: "Santiago" },
  },
  {
    timeZone: "Africa/Addis_Ababa",
    name: {
      ar: "أديس أبابا",
      zh: "亚的斯亚贝巴",
      en: "Addis Ababa",
      fr: "Addis-Abeba",
      ru: "Аддис-Абеба",
      es: "Addis Abeba",
    },
  },
];

export const map = (f: (locale: Locale) => string): Six => ({
  ar: f("ar"),
  zh: f("zh"),
  en: f("en"),
  fr: f("fr"),
  ru: f("ru"),
  es: f("es"),
});

export function workingGroupName(parent: Six, number: number): Six {
  const wg: Six = {
    ar: `الفريق العامل ${number}`,
    zh: `第${number}工作组`,
    en: `Working Group ${number}`,
    fr: `Groupe de travail ${number}`,
    ru: `Рабочая группа ${number}`,
    es: `Grupo de trabajo ${number}`,
  };
  return map((l) => (l === "zh" ? `${parent.zh}${wg.zh}` : `${wg[l]} — ${parent[l]}`));
}

export function sessionTitle(body: Six, ordinal: number): Six {
  const words: Six = {
    ar: `الدورة ${ordinal}`,
    zh: `第${ordinal}届会议`,
    en: `session ${ordinal}`,
    fr: `session ${ordinal}`,
    ru: `сессия ${ordinal}`,
    es: `período de sesiones ${ordinal}`,
  };
  return map((l) => (l === "zh" ? `${body.zh}${words.zh}` : `${body[l]}, ${words[l]}`));
}
