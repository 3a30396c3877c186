"use client";

import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "@/lib/auth/actions";

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalidCredentials: string;
  invalidInput: string;
  /** Index n says "wait n + 1 minutes". */
  tooManyAttempts: string[];
}

export function SignInForm({ locale, next, labels }: { locale: string; next?: string; labels: SignInLabels }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, {
    error: null,
    email: "",
  });
  const waits = labels.tooManyAttempts;
  const messages: Record<NonNullable<SignInState["error"]>, string> = {
    "invalid-credentials": labels.invalidCredentials,
    "invalid-input": labels.invalidInput,
    "too-many-attempts": waits[Math.min(Math.max(state.waitMinutes ?? 1, 1), waits.length) - 1] ?? "",
  };
  const message = state.error ? messages[state.error] : null;
  return (
    <form action={formAction} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      {message && (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {message}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-describedby={message ? "sign-in-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-un px-4 py-2 font-medium text-white hover:bg-un-dark disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
