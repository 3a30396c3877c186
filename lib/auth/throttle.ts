import "server-only";
import { CredentialsSignin } from "next-auth";
import type { Db } from "../db";
import { recentFailedSignIns } from "./data";

/** After this many wrong passwords for one address within the window, sign-in waits until the window passes. */
export const MAX_FAILED_SIGN_INS = 10;
export const THROTTLE_WINDOW_MINUTES = 15;

export class TooManySignInAttempts extends CredentialsSignin {
  code = "too-many-attempts";
}

/** Call after reserving the current attempt: it counts among the failures until it is marked as a success. */
export async function assertSignInAllowed(db: Db, email: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60 * 1000);
  if ((await recentFailedSignIns(db, email, since)) > MAX_FAILED_SIGN_INS) throw new TooManySignInAttempts();
}
