import "server-only";
import { connection } from "next/server";
import { auth } from "./auth";

/** The user id in the signed session cookie, if any: the one place that reads the cookie. */
export async function sessionUserId(): Promise<string | null> {
  await connection();
  const session = await auth();
  return session?.user?.id ?? null;
}
