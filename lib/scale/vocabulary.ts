import { map, type Six } from "./vocabulary-bodies";

export type { Six } from "./vocabulary-bodies";

/** Agenda items, document titles and annotations in the six official languages, for generated sessions. */

export const OPENING_ITEMS: readonly Six[] = [
  {
    ar: "افتتاح الدورة",
    zh: "会议开幕",
    en: "Opening of the session",
    fr: "Ouverture de la session",
    ru: "Открытие сессии",
    es: "Apertura del período de sesiones",
  },
  {
    ar: "إقرار جدول الأعمال وتنظيم الأعمال",
    zh: "通过议程和工作安排",
    en: "Adoption of the agenda and organization of work",
    fr: "Adoption de l'ordre du jour et organisation des travaux",
    ru: "Утверждение повестки дня и организация работы",
    es: "Aprobación del programa y organización de los trabajos",
  },
  {
    ar: "انتخاب أعضاء المكتب",
    zh: "选举主席团成员",
    en: "Election of officers",
    fr: "Élection du Bureau",
    ru: "Выборы должностных лиц",
    es: "Elección de la Mesa",
  },
];

export const CLOSING_ITEMS: readonly Six[] = [
  {
    ar: "مسائل أخرى",
    zh: "其他事项",
    en: "Other matters",
    fr: "Questions diverses",
    ru: "Прочие вопросы",
    es: "Otros asuntos",
  },
  {
    ar: "اعتماد التقرير",
    zh: "通过报告",
    en: "Adoption of the report",
    fr: "Adoption du rapport",
    ru: "Утверждение доклада",
    es: "Aprobación del informe",
  },
];

export const TOPICS: readonly Six[] = [
  {
    ar: "المساعدة التقنية",
    zh: "技术援助",
    en: "Technical assistance",
    fr: "Assistance technique",
    ru: "Техническая помощь",
    es: "Asistencia técnica",
  },
  {
    ar: "التعاون الدولي",
    zh: "国际合作",
    en: "International cooperation",
    fr: "Coopération internationale",
    ru: "Международное сотрудничество",
    es: "Cooperación internacional",
  },
  {
    ar: "تنفيذ القرارات",
    zh: "决议的执行情况",
    en: "Implementation of resolutions",
    fr: "Application des résolutions",
    ru: "Осуществление резолюций",
    es: "Aplicación de las resoluciones",
  },
  {
    ar: "المسائل الإدارية والمالية",
    zh: "战略管理、预算和行政问题",
    en: "Strategic management, budgetary and administrative questions",
    fr: "Gestion stratégique, questions budgétaires et administratives",
    ru: "Стратегическое управление, бюджетные и административные вопросы",
    es: "Gestión estratégica, cuestiones presupuestarias y administrativas",
  },
  {
    ar: "المناقشة المواضيعية",
    zh: "专题讨论",
    en: "Thematic discussion",
    fr: "Débat thématique",
    ru: "Тематическое обсуждение",
    es: "Debate temático",
  },
  {
    ar: "جدول الأعمال المؤقت للدورة المقبلة",
    zh: "下届会议临时议程",
    en: "Provisional agenda for the next session",
    fr: "Ordre du jour provisoire de la prochaine session",
    ru: "Предварительная повестка дня следующей сессии",
    es: "Programa provisional del próximo período de sesiones",
  },
];

export const SUBTOPICS: readonly Six[] = [
  {
    ar: "الممارسات الجيدة والدروس المستفادة",
    zh: "良好做法和经验教训",
    en: "Good practices and lessons learned",
    fr: "Bonnes pratiques et enseignements tirés",
    ru: "Передовой опыт и извлеченные уроки",
    es: "Buenas prácticas y lecciones aprendidas",
  },
  {
    ar: "التحديات والاستجابات الممكنة",
    zh: "挑战和可能的对策",
    en: "Challenges and possible responses",
    fr: "Difficultés et solutions possibles",
    ru: "Проблемы и возможные ответные меры",
    es: "Problemas y posibles respuestas",
  },
  {
    ar: "بناء القدرات",
    zh: "能力建设",
    en: "Capacity-building",
    fr: "Renforcement des capacités",
    ru: "Наращивание потенциала",
    es: "Creación de capacidad",
  },
  {
    ar: "جمع البيانات وتحليلها",
    zh: "数据收集和分析",
    en: "Data collection and analysis",
    fr: "Collecte et analyse de données",
    ru: "Сбор и анализ данных",
    es: "Reunión y análisis de datos",
  },
];

export const DOCUMENT_TITLES = {
  PROVISIONAL_AGENDA: {
    ar: "جدول الأعمال المؤقت وشروحه",
    zh: "临时议程和说明",
    en: "Provisional agenda and annotations",
    fr: "Ordre du jour provisoire annoté",
    ru: "Предварительная повестка дня и аннотации",
    es: "Programa provisional y anotaciones",
  },
  NOTE_BY_SECRETARIAT: {
    ar: "مذكرة من الأمانة",
    zh: "秘书处的说明",
    en: "Note by the Secretariat",
    fr: "Note du Secrétariat",
    ru: "Записка Секретариата",
    es: "Nota de la Secretaría",
  },
  BACKGROUND_PAPER: {
    ar: "ورقة معلومات أساسية من إعداد الأمانة",
    zh: "秘书处编写的背景文件",
    en: "Background paper prepared by the Secretariat",
    fr: "Document d'information établi par le Secrétariat",
    ru: "Справочный документ, подготовленный Секретариатом",
    es: "Documento de antecedentes preparado por la Secretaría",
  },
  REPORT: {
    ar: "تقرير عن أعمال الدورة",
    zh: "会议报告",
    en: "Report on the session",
    fr: "Rapport sur les travaux de la session",
    ru: "Доклад о работе сессии",
    es: "Informe sobre el período de sesiones",
  },
  CONFERENCE_ROOM_PAPER: {
    ar: "ورقة غرفة اجتماعات",
    zh: "会议室文件",
    en: "Conference room paper",
    fr: "Document de séance",
    ru: "Документ зала заседаний",
    es: "Documento de sesión",
  },
  DRAFT_RESOLUTION: {
    ar: "مشروع قرار",
    zh: "决议草案",
    en: "Draft resolution",
    fr: "Projet de résolution",
    ru: "Проект резолюции",
    es: "Proyecto de resolución",
  },
  INFORMATION_DOCUMENT: {
    ar: "معلومات للمشاركين",
    zh: "与会者须知",
    en: "Information for participants",
    fr: "Informations à l'intention des participants",
    ru: "Информация для участников",
    es: "Información para los participantes",
  },
} as const satisfies Record<string, Six>;

export const SECRETARIAT: Six = {
  ar: "الأمانة",
  zh: "秘书处",
  en: "Secretariat",
  fr: "Secrétariat",
  ru: "Секретариат",
  es: "Secretaría",
};

/** "Title: topic" in each language (Chinese and Arabic with their own colon). */
export function titled(title: Six, topic: Six): Six {
  return map((l) => (l === "zh" ? `${title.zh}：${topic.zh}` : `${title[l]}: ${topic[l]}`));
}

/** An annotation that names a document by its symbol, so public pages link it. */
export function annotationMentioning(symbol: string): Six {
  return {
    ar: `وسيُعرض على الهيئة، لدى نظرها في هذا البند، الوثيقة ${symbol}.`,
    zh: `在审议该项目时，该机构将收到文件${symbol}。`,
    en: `For its consideration of the item, the body will have before it document ${symbol}.`,
    fr: `Pour l'examen de ce point, l'organe sera saisi du document ${symbol}.`,
    ru: `Для рассмотрения этого пункта органу будет представлен документ ${symbol}.`,
    es: `Para el examen de este tema, el órgano tendrá ante sí el documento ${symbol}.`,
  };
}
