import { describe, expect, it } from '@jest/globals';
import { memoryRepo } from '@envboot/git-source';
import { chunkLanguage, documentsDetector } from './documents.js';
import { detect } from './index.js';

describe('Quarto and R Markdown documents', () => {
  it('reads the language most code chunks are in', () => {
    expect(chunkLanguage('# T\n\n```{r}\nlibrary(x)\n```\n\n```{r setup}\n```\n```{python}\n```\n')).toEqual({
      language: 'R',
      first: '```{r',
    });
    expect(chunkLanguage('no chunks here')).toBeNull();
  });

  it('counts a book of Quarto chapters as the language of its chunks', async () => {
    const chapter = '# Visualize\n\n```{r}\nlibrary(tidyverse)\n```\n'.repeat(20);
    const found = await detect(
      memoryRepo({ 'a.qmd': chapter, 'b.qmd': chapter, DESCRIPTION: 'Package: x\n' }),
      [documentsDetector],
    );
    expect(found.languages.map((l) => l.name)[0]).toBe('R');
  });
});
