"use client";

import { useTranslations } from "next-intl";

export interface OverwriteRow {
  label: string;
  current: string;
  mine: string;
}

/**
 * Shown when someone else saved first and this user's change can only be taken or left as a whole (a move of an
 * item between two slots of the plan): what they saved beside what this user did. Saving again on purpose writes
 * this user's change, and only it, over theirs. Forms of separate fields use ConflictNotice, which asks per field.
 */
export function OverwriteNotice({ rows, onOverwrite }: { rows: OverwriteRow[]; onOverwrite: () => void }) {
  const t = useTranslations("admin.conflict");
  const changed = rows.filter((row) => row.current !== row.mine);
  return (
    <div role="alert" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm">
      <p className="font-semibold">{t("overwriteTitle")}</p>
      {changed.length > 0 && (
        <table className="mt-3 w-full border-collapse text-start">
          <thead>
            <tr>
              <th scope="col" className="py-1 pe-3 text-start">
                {t("field")}
              </th>
              <th scope="col" className="py-1 pe-3 text-start">
                {t("theirs")}
              </th>
              <th scope="col" className="py-1 text-start">
                {t("yours")}
              </th>
            </tr>
          </thead>
          <tbody>
            {changed.map((row) => (
              <tr key={row.label} className="border-t border-amber-200 align-top">
                <th scope="row" className="py-1 pe-3 text-start font-medium">
                  {row.label}
                </th>
                <td className="py-1 pe-3 whitespace-pre-wrap">{row.current}</td>
                <td className="py-1 whitespace-pre-wrap">{row.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        onClick={onOverwrite}
        className="mt-3 rounded border border-amber-600 px-3 py-1 hover:bg-amber-100"
      >
        {t("overwrite")}
      </button>
    </div>
  );
}
