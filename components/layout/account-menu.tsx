"use client";

import { signOutEverywhere, signOutHere } from "@/lib/auth/actions";
import { NAME_MARK, type AccountMenuLabels } from "./account-menu-labels";
import { SignInLink } from "./sign-in-link";
import { useViewer } from "./viewer-provider";

export function AccountMenu({ locale, labels }: { locale: string; labels: AccountMenuLabels }) {
  const state = useViewer();
  if (state.status === "anonymous")
    return (
      <SignInLink
        locale={locale}
        label={labels.signIn}
        className="text-sm text-sky-100 underline-offset-2 hover:text-white hover:underline"
      />
    );
  if (state.status === "loading") return <span className="inline-block min-h-5" />;
  const viewer = state.extras.viewer;
  if (!viewer) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-sky-100">{labels.signedInAs[viewer.role].replace(NAME_MARK, viewer.name)}</span>
      {viewer.role === "SECRETARIAT" && (
        <a href={`/${locale}/admin`} className="font-medium text-white underline underline-offset-2">
          {labels.workspace}
        </a>
      )}
      {viewer.role === "CHAIR" && (
        <a href={`/${locale}/console`} className="font-medium text-white underline underline-offset-2">
          {labels.mySessions}
        </a>
      )}
      <form action={signOutHere}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border border-sky-200 px-2 py-0.5 text-white hover:bg-un-dark">
          {labels.signOut}
        </button>
      </form>
      <form action={signOutEverywhere}>
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="rounded px-2 py-0.5 text-sky-100 underline underline-offset-2 hover:text-white"
        >
          {labels.signOutEverywhere}
        </button>
      </form>
    </div>
  );
}
