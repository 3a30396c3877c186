import { getRequestConfig } from "next-intl/server";
import { asLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = asLocale(requested);
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
