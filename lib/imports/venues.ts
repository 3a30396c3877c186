/**
 * The time zones of the UN's duty stations and usual conference venues, by the names agendas give them in the
 * six languages, so an imported session starts with the right zone. Anything else defaults to UTC for review.
 */
const VENUES: Array<{ zone: string; names: string[] }> = [
  { zone: "Europe/Vienna", names: ["Vienna", "维也纳", "Vienne", "Viena", "Вена", "فيينا"] },
  { zone: "Europe/Zurich", names: ["Geneva", "日内瓦", "Genève", "Ginebra", "Женева", "جنيف"] },
  { zone: "America/New_York", names: ["New York", "纽约", "Nueva York", "Нью-Йорк", "نيويورك"] },
  { zone: "Africa/Nairobi", names: ["Nairobi", "内罗毕", "Найроби", "نيروبي"] },
  { zone: "Asia/Bangkok", names: ["Bangkok", "曼谷", "Bangkok", "Бангкок", "بانكوك"] },
  {
    zone: "Africa/Addis_Ababa",
    names: ["Addis Ababa", "亚的斯亚贝巴", "Addis-Abeba", "Addis Abeba", "Аддис-Абеба", "أديس أبابا"],
  },
  { zone: "America/Santiago", names: ["Santiago", "圣地亚哥", "Сантьяго", "سانتياغو"] },
  { zone: "Asia/Beirut", names: ["Beirut", "贝鲁特", "Beyrouth", "Beirut", "Бейрут", "بيروت"] },
  { zone: "Europe/Berlin", names: ["Bonn", "波恩", "Бонн", "بون"] },
  { zone: "Europe/Rome", names: ["Rome", "罗马", "Roma", "Рим", "روما"] },
  { zone: "Europe/Paris", names: ["Paris", "巴黎", "París", "Париж", "باريس"] },
  { zone: "America/Montreal", names: ["Montreal", "蒙特利尔", "Montréal", "Монреаль", "مونتريال"] },
  { zone: "Europe/London", names: ["London", "伦敦", "Londres", "Лондон", "لندن"] },
];

export function timeZoneForVenue(venue: string | null | undefined): string | null {
  if (!venue) return null;
  const text = venue.toLowerCase();
  return VENUES.find((v) => v.names.some((name) => text.includes(name.toLowerCase())))?.zone ?? null;
}
