"use client";

import { useParams } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// Error boundaries render on the client without the message catalogue, so the few words they need travel with them.
const TEXT: Record<Locale, { title: string; body: string; retry: string }> = {
  ar: { title: "حدث خطأ", body: "تعذّر عرض الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.", retry: "إعادة المحاولة" },
  zh: { title: "出现问题", body: "无法显示此页面。请稍后再试。", retry: "重试" },
  en: {
    title: "Something went wrong",
    body: "The page could not be shown. Please try again in a moment.",
    retry: "Try again",
  },
  fr: {
    title: "Une erreur s’est produite",
    body: "La page n’a pas pu être affichée. Veuillez réessayer dans un instant.",
    retry: "Réessayer",
  },
  ru: {
    title: "Произошла ошибка",
    body: "Не удалось показать страницу. Повторите попытку чуть позже.",
    retry: "Повторить",
  },
  es: {
    title: "Se produjo un error",
    body: "No se pudo mostrar la página. Vuelva a intentarlo en un momento.",
    retry: "Reintentar",
  },
};

export function ErrorView({ reset }: { reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const text = TEXT[isLocale(params?.locale) ? params.locale : "en"];
  return (
    <div role="alert" className="max-w-prose">
      <h1 className="text-2xl font-bold">{text.title}</h1>
      <p className="mt-4 text-slate-700">{text.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-un px-4 py-2 text-white hover:bg-un-dark">
        {text.retry}
      </button>
    </div>
  );
}
