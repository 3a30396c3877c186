/** What the sign-in cookie would name for this user, for tests that mock only the cookie. */
export function signedInAs(userId: string | null): { id: string; version: number | null } | null {
  return userId ? { id: userId, version: null } : null;
}
