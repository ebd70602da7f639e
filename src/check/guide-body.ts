// A guide's MDX text, read with the same parser the build uses (satteri, through @astrojs/mdx), so a
// syntax error is reported here with its line in the guide, not by the build as a line of generated
// code. The parsed tree (never the markup itself) says what else the build or the browser would trip on:
// an image whose file is missing, and anything the site's Content-Security-Policy blocks at run time
// (inline scripts and styles, resources from another site), which a forker would otherwise see only
// in the browser's console.
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import type { Entry } from './collections.ts';
import { messages } from './messages.ts';
import type { Problem } from './problem.ts';
import { exists, type ContentFolder } from './source.ts';

/** The parts of an mdast node this check reads. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  /** A JSX element's tag name. */
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  /** A Markdown image's or link's address. */
  url?: string;
}

/** Elements whose address loads something into the page (the CSP allows only this site's own). */
const loads: Record<string, readonly string[]> = {
  img: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src', 'srcset'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  link: ['href'],
};

/** An address on another site (the CSP's 'self' rules it out). */
const isRemote = (url: string) => /^(https?:)?\/\//i.test(url.trim());
/** An address of a file beside the guide (not a site path, not a data: URL). */
const isRelativeFile = (url: string) => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url.trim());

/** What the CSP would block, with how to fix it: one table, the wording of each case in one place. */
const blocked = {
  script: {
    what: 'a <script> element',
    fix: 'remove it; a guide is text, and anything interactive belongs in a worksheet',
  },
  handler: {
    what: (name: string) => `the "${name}" attribute (code run on an event)`,
    fix: 'remove the attribute; a guide is text, and anything interactive belongs in a worksheet',
  },
  scriptUrl: {
    what: 'a javascript: link',
    fix: 'link to a page or a file instead',
  },
  style: {
    what: 'a style attribute',
    fix: "remove it; guides take the kit's own styles and kit.yaml's colours, and a heading, list or **bold** text says the same in Markdown",
  },
  styleElement: {
    what: 'a <style> element',
    fix: "remove it; guides take the kit's own styles and kit.yaml's colours",
  },
  remote: {
    what: (url: string) => `"${url}", loaded from another site,`,
    fix: 'save the file beside the guide and point to it as ./name.png, or for a video or another page write a link, [its title](https://…), instead of embedding it',
  },
} as const;

/** Checks every guide's text: syntax, images, and what the CSP would block. */
export async function checkGuideBodies(
  guides: readonly Entry<'guides'>[],
  content: ContentFolder,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const guide of guides) {
    if (!guide.body) continue;
    const first = guide.body.line;
    let tree: Node;
    try {
      tree = mdxToMdast(guide.body.text) as Node;
    } catch (e) {
      const { line, reason } = parserError(e);
      problems.push({
        file: guide.file,
        line: line === undefined ? first : first + line - 1,
        message: messages.mdxSyntax({ reason }),
      });
      continue;
    }
    const guideDir = join(content.dir, 'guides', guide.locale);
    const at = (node: Node) => ({
      file: guide.file,
      line: node.position ? first + node.position.start.line - 1 : undefined,
    });
    const image = async (node: Node, url: string) => {
      if (isRemote(url))
        problems.push({
          ...at(node),
          message: messages.blockedByCsp({ what: blocked.remote.what(url), fix: blocked.remote.fix }),
        });
      else if (isRelativeFile(url) && !(await exists(join(guideDir, decodeURI(url.split(/[?#]/)[0]!)))))
        problems.push({
          ...at(node),
          message: messages.imageNotFound({
            src: url,
            path: content.rel(join(relative(content.dir, guideDir), url)),
          }),
        });
    };
    for (const node of walk(tree)) {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
        problems.push({ ...at(node), message: messages.mdxExpression() });
      if (node.type === 'image' && node.url !== undefined) await image(node, node.url);
      if (node.type === 'link' && node.url && /^\s*javascript:/i.test(node.url))
        problems.push({ ...at(node), message: messages.blockedByCsp(blocked.scriptUrl) });
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') continue;
      const tag = (node.name ?? '').toLowerCase();
      if (tag === 'script') problems.push({ ...at(node), message: messages.blockedByCsp(blocked.script) });
      if (tag === 'style')
        problems.push({ ...at(node), message: messages.blockedByCsp(blocked.styleElement) });
      for (const attribute of node.attributes ?? []) {
        const name = (attribute.name ?? '').toLowerCase();
        const value = typeof attribute.value === 'string' ? attribute.value : undefined;
        if (name === 'style') problems.push({ ...at(node), message: messages.blockedByCsp(blocked.style) });
        else if (/^on[a-z]+$/.test(name))
          problems.push({
            ...at(node),
            message: messages.blockedByCsp({
              what: blocked.handler.what(attribute.name!),
              fix: blocked.handler.fix,
            }),
          });
        else if (name === 'href' && value && /^\s*javascript:/i.test(value))
          problems.push({ ...at(node), message: messages.blockedByCsp(blocked.scriptUrl) });
        else if (value && loads[tag]?.includes(name)) {
          // srcset lists several addresses, each followed by its width or density.
          const urls =
            name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls.filter(Boolean)) {
            if (tag === 'img' || tag === 'source') await image(node, url);
            else if (isRemote(url))
              problems.push({
                ...at(node),
                message: messages.blockedByCsp({ what: blocked.remote.what(url), fix: blocked.remote.fix }),
              });
          }
        }
      }
    }
  }
  return problems;
}

/**
 * Every node of a tree, parents before children, in the order of the text; not inside a <script>
 * or <style>, which is reported whole (its code would only echo it).
 */
function* walk(node: Node): Generator<Node> {
  yield node;
  if (/^(script|style)$/i.test(node.name ?? '')) return;
  for (const child of node.children ?? []) yield* walk(child);
}

/**
 * The line and words of an MDX parser error, which reads "5:1: Expected a closing tag for `<div>`
 * (5:1) (mdx-jsx:unexpected-character)": the position and the rule's name are left out of the words.
 */
function parserError(e: unknown): { line?: number; reason: string } {
  const text = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(text.trim());
  const reason = (m ? m[3]! : text)
    .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
    .replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/i, '')
    .trim()
    .replace(/\.$/, '');
  return m ? { line: Number(m[1]), reason } : { reason };
}
