import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { LiveMeetingProvider } from "@/components/live/live-meeting";
import { HydrationGate } from "@/components/workspace/hydration-gate";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { buildConsoleAgenda } from "@/lib/meeting/console-view";
import type { MeetingState } from "@/lib/meeting/types";
import type { PublicSession } from "@/lib/sessions/types";
import { ChairConsole } from "./chair-console";
import { ConsoleStatusLine } from "./console-status-line";

interface Props {
  locale: Locale;
  slug: string;
  state: MeetingState;
  session: PublicSession | null;
  title: LocalizedText;
  originalLanguage: Locale;
  timeZone: string;
}

/** The chair's console: the session's heading, then the live console itself (a client component). */
export async function ConsolePage({ locale, slug, state, session, title, originalLanguage, timeZone }: Props) {
  const t = await getTranslations({ locale, namespace: "console" });
  const messages = pickClientMessages(await getMessages({ locale }));
  const agenda = session ? buildConsoleAgenda(session, locale) : { items: [], slots: [] };
  const sessionTitle = pickText(title, locale, originalLanguage);
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      <LiveMeetingProvider initial={state}>
        <div className="flex flex-col gap-6 pb-24">
          <header>
            <h1 className="text-3xl font-bold">{t("heading")}</h1>
            {sessionTitle && (
              <p className="mt-1 text-xl" lang={sessionTitle.lang}>
                <bdi>{sessionTitle.text}</bdi>
              </p>
            )}
            <p className="mt-1 flex flex-wrap items-center gap-x-4 text-slate-800">
              <ConsoleStatusLine />
              {session && (
                <Link href={`/${locale}/sessions/${slug}`} className="text-un underline">
                  {t("publicPage")}
                </Link>
              )}
            </p>
          </header>
          <HydrationGate>
            <ChairConsole
              locale={locale}
              items={agenda.items}
              slots={agenda.slots}
              timeZone={timeZone}
              renderedAt={new Date().toISOString()}
            />
          </HydrationGate>
        </div>
      </LiveMeetingProvider>
    </NextIntlClientProvider>
  );
}
