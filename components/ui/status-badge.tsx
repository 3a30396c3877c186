const TONES = {
  neutral: "border-slate-300 bg-slate-50 text-slate-700",
  info: "border-sky-300 bg-sky-50 text-sky-900",
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
} as const;

export type BadgeTone = keyof typeof TONES;

export function StatusBadge({ label, tone }: { label: string; tone: BadgeTone }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}
    >
      {label}
    </span>
  );
}

const ITEM_TONES: Record<string, BadgeTone> = {
  PENDING: "neutral",
  UNDER_CONSIDERATION: "info",
  ADOPTED: "success",
  CONCLUDED: "success",
  DEFERRED: "warning",
};

export function itemStatusTone(status: string): BadgeTone {
  return ITEM_TONES[status] ?? "neutral";
}

export function sessionStatusTone(status: string): BadgeTone {
  return status === "PROVISIONAL" ? "info" : status === "ADOPTED" ? "success" : "neutral";
}
