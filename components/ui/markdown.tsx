import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

// A link's text is isolated: a bidirectional control inside it ("[\u202Efdp.exe](…)") cannot run on into the
// words after the link. Headings and paragraphs are blocks, which end any such control by themselves.
const components: Components = {
  a: ({ node: _node, children, ...props }) => (
    <a {...props}>
      <bdi>{children}</bdi>
    </a>
  ),
};

/**
 * Renders user-written markdown (annotations) as HTML through a sanitiser: raw HTML, event handlers and
 * javascript: URLs never reach the page, whoever wrote the text.
 */
export function Markdown({ source, lang, dir }: { source: string; lang?: string; dir?: "rtl" | "ltr" }) {
  return (
    <div
      lang={lang}
      dir={dir}
      className="space-y-3 leading-relaxed [&_a]:text-un [&_a]:underline [&_a]:underline-offset-2 [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6"
    >
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
