import { handlers } from "./auth";

// next-auth's own endpoints (sign-in callbacks, CSRF token, session); they authenticate, so they need no role.
export const { GET, POST } = handlers;
