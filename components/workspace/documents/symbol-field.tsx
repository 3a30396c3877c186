"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/components/workspace/form-controls";
import { outsidePrefix } from "@/lib/documents/registry-hints";
import { parseSymbol, SYMBOL_ERROR_CODES, type SymbolErrorCode } from "@/lib/documents/symbol";

interface Props {
  value: string;
  onChange: (value: string) => void;
  bodyPrefix: string;
  /** The key the server gave for the symbol: a parser code or "duplicateSymbol". */
  serverError?: string;
  duplicate?: { symbol: string; registeredIn: string | null };
}

const isSymbolCode = (code: string | undefined): code is SymbolErrorCode =>
  (SYMBOL_ERROR_CODES as readonly string[]).includes(code ?? "");

/**
 * The symbol input with the parser's own explanation of what is wrong, the canonical form it will be saved
 * in, and a warning (not an error) when the symbol is outside the body's prefix.
 */
export function SymbolField({ value, onChange, bodyPrefix, serverError, duplicate }: Props) {
  const t = useTranslations("documentsAdmin.form");
  const ts = useTranslations("symbol");
  const tf = useTranslations("errors.fields");
  const [touched, setTouched] = useState(false);
  const parsed = parseSymbol(value);

  let error: string | null = null;
  if (!parsed.ok && (touched || isSymbolCode(serverError)))
    error = ts(parsed.error.code, { segment: parsed.error.segment ?? value });
  else if (serverError === "duplicateSymbol" && duplicate)
    error = t("duplicate", { symbol: duplicate.symbol, body: duplicate.registeredIn ?? "none" });
  else if (serverError && !isSymbolCode(serverError)) error = tf.has(serverError) ? tf(serverError) : tf("invalid");
  const canonical = parsed.ok && parsed.value.symbol !== value.trim() ? parsed.value.symbol : null;
  const warning = !error && parsed.ok && outsidePrefix(value, bodyPrefix);
  const showCanonical = !error && canonical !== null;
  const describedBy = [
    "document-symbol-hint",
    error && "document-symbol-error",
    showCanonical && "document-symbol-canonical",
    warning && "document-symbol-warning",
  ];

  return (
    <div>
      <label htmlFor="document-symbol" className="block font-medium">
        {t("symbol")}
      </label>
      <p id="document-symbol-hint" className="text-sm text-slate-600">
        {t("symbolHint", { example: `${bodyPrefix}/2018/CRP.1` })}
      </p>
      <input
        id="document-symbol"
        className={`${inputClass} mt-1 font-mono`}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.filter(Boolean).join(" ")}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => setTouched(true)}
      />
      {error && (
        <p id="document-symbol-error" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
      {showCanonical && (
        <p id="document-symbol-canonical" className="mt-1 text-sm text-slate-700">
          {t("canonical", { symbol: canonical })}
        </p>
      )}
      {warning && (
        <p
          id="document-symbol-warning"
          className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm text-amber-900"
        >
          {t("prefixWarning", { prefix: bodyPrefix })}
        </p>
      )}
    </div>
  );
}
