import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Renders user-written markdown (annotations) as HTML through a sanitiser: raw HTML, event handlers and
 * javascript: URLs never reach the page, whoever wrote the text.
 */
export function Markdown({ source, lang, dir }: { source: string; lang?: string; dir?: "rtl" | "ltr" }) {
  return (
    <div lang={lang} dir={dir} className="space-y-3 leading-relaxed [&_a]:text-un [&_a]:underline [&_a]:underline-offset-2 [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
