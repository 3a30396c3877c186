"use client";

import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { signInHref } from "@/lib/auth/landing";

/**
 * "Sign in", bringing the reader back to this page afterwards. The path is known while rendering; the query and
 * the fragment (an agenda item's anchor) only in the browser, so they are added when the link is followed.
 */
export function SignInLink({ locale, label, className }: { locale: string; label: string; className: string }) {
  const pathname = usePathname();
  function withWholeAddress(event: MouseEvent<HTMLAnchorElement>) {
    const { pathname: path, search, hash } = window.location;
    event.currentTarget.href = signInHref(locale, `${path}${search}${hash}`);
  }
  return (
    <a href={signInHref(locale, pathname)} onClick={withWholeAddress} className={className}>
      {label}
    </a>
  );
}
