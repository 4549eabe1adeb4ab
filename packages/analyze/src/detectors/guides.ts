// Guides the README sends its reader to: "Please follow [get started](./classification)", "See
// [INSTALL.md](docs/INSTALL.md)". What they say about installing and running is the project's, as if the README
// said it.
import type { DetectorInput } from './types.js';
import { dirOf, type Tree } from './tree.js';

/** Link text or targets that name a guide to installing or running the project. */
const GUIDE =
  /install|set ?up|get[_ -]?started|getting[_ -]?started|quick[_ -]?start|usage|instructions|requirements|environment/i;
/** A folder's guide files, in the order they are read. */
const FOLDER_GUIDES = /^(?:README|INSTALL(?:ATION)?|GET[_-]?STARTED|GETTING[_-]?STARTED)\.(?:md|rst|txt)$/i;
const MAX_GUIDES = 4;

/**
 * The files of the repository a document links to as its install or get-started guide: a Markdown file, or a
 * folder's README and INSTALL files. Links to the web, to anchors, or with other words are not guides.
 */
export function linkedGuides(tree: Tree, from: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\[([^\]\n]{1,120})\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const [, label, target] = m as unknown as [string, string, string];
    if (/^[a-z][\w+.-]*:|^#/i.test(target)) continue;
    const path = resolve(dirOf(from), target.replace(/#.*$/, ''));
    if (path === null || !(GUIDE.test(label) || GUIDE.test(unescapePath(target)))) continue;
    const files = tree.paths.includes(path)
      ? [path]
      : tree.paths.filter((p) => dirOf(p) === path && FOLDER_GUIDES.test(p.slice(path.length + 1)));
    for (const f of files) if (f !== from && !out.includes(f)) out.push(f);
    if (out.length >= MAX_GUIDES) break;
  }
  return out.slice(0, MAX_GUIDES);
}

/** A link's target as a path of the repository ("./classification/" from the root is classification). */
function resolve(dir: string, target: string): string | null {
  const parts = target.startsWith('/') ? [] : dir ? dir.split('/') : [];
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(unescapePath(part));
  }
  return parts.length ? parts.join('/') : null;
}

/**
 * A link's percent-escapes undone (`Getting%20Started.md`), as UTF-8; a malformed one stays as written and names no
 * file, instead of failing the analysis.
 */
function unescapePath(part: string): string {
  if (!/%[0-9a-f]{2}/i.test(part) || /[^\x20-\x7e]/.test(part)) return part;
  const bytes = Buffer.from(
    part.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  );
  const text = new TextDecoder().decode(bytes);
  return text.includes('\ufffd') ? part : text;
}

/** The documents, then the guides they link to (read in one more batch), each once. */
export async function withLinkedGuides(input: DetectorInput, documents: string[]): Promise<string[]> {
  const linked: string[] = [];
  for (const path of documents) {
    const text = input.text(path);
    if (text === null) continue;
    for (const g of linkedGuides(input.tree, path, text))
      if (!documents.includes(g) && !linked.includes(g)) linked.push(g);
  }
  const guides = linked.slice(0, MAX_GUIDES);
  if (guides.length) await input.readMore(guides);
  return [...documents, ...guides];
}
