"use client";

import { useTranslations } from "next-intl";

export interface ConflictRow {
  label: string;
  current: string;
  mine: string;
}

/**
 * Shown when someone else saved first: what they changed beside what this user typed (which stays in the
 * form). Saving again on purpose overwrites with the user's version.
 */
export function ConflictNotice({ rows, onOverwrite }: { rows: ConflictRow[]; onOverwrite: () => void }) {
  const t = useTranslations("admin.conflict");
  const changed = rows.filter((row) => row.current !== row.mine);
  return (
    <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">{t("title")}</p>
      {changed.length > 0 && (
        <table className="mt-3 w-full border-collapse text-start">
          <thead>
            <tr>
              <th scope="col" className="py-1 pe-3 text-start">{t("field")}</th>
              <th scope="col" className="py-1 pe-3 text-start">{t("theirs")}</th>
              <th scope="col" className="py-1 text-start">{t("yours")}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((row) => (
              <tr key={row.label} className="border-t border-amber-200 align-top">
                <th scope="row" className="py-1 pe-3 text-start font-medium">{row.label}</th>
                <td className="py-1 pe-3 whitespace-pre-wrap">{row.current}</td>
                <td className="py-1 whitespace-pre-wrap">{row.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={onOverwrite} className="mt-3 rounded border border-amber-600 px-3 py-1 hover:bg-amber-100">
        {t("overwrite")}
      </button>
    </div>
  );
}
