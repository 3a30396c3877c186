/** What the sign-in cookie would name for this user, for tests that mock only the cookie. */
export function signedInAs(userId: string | null): { id: string; sessionId: string } | null {
  return userId ? { id: userId, sessionId: `test-sign-in-${userId}` } : null;
}
