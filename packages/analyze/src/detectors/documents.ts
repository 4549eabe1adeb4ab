// Quarto and R Markdown documents: their bytes count for the language of their code chunks (```{r}, ```{python}),
// the way a notebook's count for its kernel's, so that a book written in R Markdown reads as R.
import { seen, type Fact } from '../model.js';
import { kernelLanguage } from './languages.js';
import { lineOf } from './text.js';
import { byDepth, type Tree } from './tree.js';
import type { Detector } from './types.js';

const MAX_DOCUMENTS = 30;
const CHUNK = /^```+\s*\{\s*([A-Za-z][\w+-]*)/gm;

function documents(tree: Tree): string[] {
  return tree.paths
    .filter((p) => /\.(qmd|rmd)$/i.test(p) && !tree.ignored(p))
    .sort(byDepth)
    .slice(0, MAX_DOCUMENTS);
}

/** The language most of a document's code chunks are in, with the first such chunk. */
export function chunkLanguage(text: string): { language: string; first: string } | null {
  const tally = new Map<string, { n: number; first: string }>();
  for (const m of text.matchAll(CHUNK)) {
    const language = kernelLanguage(m[1]!);
    const t = tally.get(language) ?? { n: 0, first: m[0] };
    t.n += 1;
    tally.set(language, t);
  }
  const best = [...tally.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0];
  return best ? { language: best[0], first: best[1].first } : null;
}

export const documentsDetector: Detector = {
  name: 'documents',
  select: documents,
  detect(input) {
    const facts: Fact[] = [];
    for (const path of documents(input.tree)) {
      const text = input.text(path);
      const found = text === null ? null : chunkLanguage(text);
      if (found)
        facts.push({
          type: 'notebook-kernel',
          language: found.language,
          ev: seen(path, lineOf(text!, found.first), found.first, 'doc.chunks', 1),
        });
    }
    return facts;
  },
};
