import "server-only";

// The meeting's state is read with the session it belongs to (sessions/data.ts); the console reads it from here.
export { getMeetingState } from "../sessions/data";
