"use client";

import { useSelectedLayoutSegment } from "next/navigation";

/**
 * The tab bar of a session's workspace. It sits in the session's layout, rendered once for all tabs, so which tab
 * is current comes from the address rather than from the page.
 */
export function SessionTabNav({
  label,
  tabs,
}: {
  label: string;
  tabs: { tab: string; href: string; label: string }[];
}) {
  // The overview is the session's own page: no child segment is selected there.
  const current = useSelectedLayoutSegment() ?? "overview";
  return (
    <nav aria-label={label} className="mt-4 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map(({ tab, href, label: text }) => (
          <li key={tab}>
            <a
              href={href}
              aria-current={tab === current ? "page" : undefined}
              className={`inline-block rounded-t border px-3 py-2 text-sm ${tab === current ? "border-slate-300 border-b-white bg-white font-semibold" : "border-transparent text-un hover:underline"}`}
            >
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
