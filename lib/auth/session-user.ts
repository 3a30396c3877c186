import "server-only";
import { connection } from "next/server";
import { AppError } from "../errors";
import { auth } from "./auth";

/**
 * Who the signed session cookie names, if anyone: the one place that reads the cookie. auth() runs the jwt
 * callback, which has already refused a cookie whose sign-in row was revoked, expired or idle.
 */
export async function sessionUser(): Promise<{ id: string; sessionId: string } | null> {
  await connection();
  const session = await auth();
  const user = session?.user as { id?: unknown; sessionId?: unknown; unverified?: unknown } | undefined;
  if (typeof user?.id !== "string" || typeof user.sessionId !== "string") return null;
  if (user.unverified === true) throw new AppError("unavailable");
  return { id: user.id, sessionId: user.sessionId };
}
