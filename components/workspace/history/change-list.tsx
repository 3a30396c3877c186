import { getTranslations } from "next-intl/server";
import { formatAuditValue, type FieldChange } from "@/lib/audit/diff";
import { isLocale, LOCALE_NAMES, textDirection, type Locale } from "@/lib/i18n/locales";

interface Props {
  changes: FieldChange[];
  entityType: string;
  locale: Locale;
}

/** Before → after for each changed field; a localized field shows one line per language that changed. */
export async function ChangeList({ changes, entityType, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "history" });
  const tt = await getTranslations({ locale, namespace: "translations" });
  const ts = await getTranslations({ locale, namespace: "session" });
  if (changes.length === 0) return <p className="mt-2 text-sm text-slate-600">{t("noChanges")}</p>;

  const fieldName = (field: string) => (t.has(`field.${field}`) ? t(`field.${field}`) : field);

  function label(change: FieldChange): string {
    const { field, key } = change;
    if (key === null) return fieldName(field);
    if (field === "translationStates") {
      const [stateField = key, stateLocale = ""] = key.split(".");
      return t("stateOf", {
        field: fieldName(stateField),
        language: isLocale(stateLocale) ? LOCALE_NAMES[stateLocale] : stateLocale,
      });
    }
    if (isLocale(key)) return t("fieldInLanguage", { field: fieldName(field), language: LOCALE_NAMES[key] });
    return `${fieldName(field)} › ${key}`;
  }

  function display(change: FieldChange, value: unknown): string {
    const text = formatAuditValue(value);
    if (change.field === "translationStates" && tt.has(`state.${text}`)) return tt(`state.${text}`);
    if (change.field === "status") {
      const key = entityType === "AgendaItem" ? `itemStatus.${text}` : `status.${text}`;
      if (ts.has(key)) return ts(key);
    }
    return text;
  }

  function valueCell(change: FieldChange, value: unknown, heading: string) {
    const text = display(change, value);
    const lang = change.key && isLocale(change.key) ? change.key : undefined;
    return (
      <div className="min-w-0">
        <span className="block text-xs uppercase tracking-wide text-slate-500">{heading}</span>
        {text ? (
          // <bdi>: a stored value is user text, isolated from the labels around it whatever characters it holds.
          <bdi
            lang={lang}
            dir={lang ? textDirection(lang) : undefined}
            className="block whitespace-pre-wrap break-words"
          >
            {text}
          </bdi>
        ) : (
          <span className="text-slate-500">{t("empty-value")}</span>
        )}
      </div>
    );
  }

  return (
    <dl className="mt-2 divide-y divide-slate-200 text-sm">
      {changes.map((change) => (
        <div key={`${change.field}:${change.key ?? ""}`} className="grid gap-2 py-2 md:grid-cols-[12rem_minmax(0,1fr)]">
          <dt className="font-medium">{label(change)}</dt>
          <dd className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)]">
            {valueCell(change, change.before, t("before"))}
            <span aria-hidden="true" className="hidden self-center text-slate-500 sm:block rtl:rotate-180">
              →
            </span>
            {valueCell(change, change.after, t("after"))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
