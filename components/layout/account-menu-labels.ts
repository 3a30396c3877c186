import type { Role } from "@/lib/auth/types";

/** Every sentence the menu may show, in the page's language (the page is rendered before anyone is known). */
export interface AccountMenuLabels {
  signIn: string;
  /** "Signed in as {name} ({role})" per role, with NAME_MARK where the name goes. */
  signedInAs: Record<Role, string>;
  workspace: string;
  mySessions: string;
  signOut: string;
  signOutEverywhere: string;
}

// Not in account-menu.tsx: a client module's exports reach server components as references, not values.
export const NAME_MARK = "\u2063NAME\u2063";
