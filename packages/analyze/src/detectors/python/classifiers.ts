// Trove classifiers (`Programming Language :: Python :: 3.8`) name the Python versions a package supports: the
// lowest is a minimum, weaker than python_requires or requires-python.
import { seen, type Fact } from '../../model.js';
import { compareVersions } from '../../knowledge/gpus.js';
import { lineOf } from '../text.js';

export function classifierPython(path: string, text: string): Fact[] {
  const versions = [...text.matchAll(/Programming Language :: Python :: (3\.\d{1,2})\b/g)].map((m) => m[1]!);
  if (!versions.length) return [];
  const lowest = versions.sort(compareVersions)[0]!;
  const shown = `Programming Language :: Python :: ${lowest}`;
  return [
    {
      type: 'runtime',
      name: 'python',
      version: lowest,
      range: `>=${lowest}`,
      ev: seen(path, lineOf(text, shown), shown, 'py.classifiers', 2),
    },
  ];
}

/**
 * Classifiers of a package published for others to build on ("Development Status ::", "Intended Audience ::
 * Developers", "Topic :: Software Development :: Libraries"): a library runs wherever the framework under it runs,
 * so a GPU framework among its dependencies helps but is not needed. A package that declares "Environment :: GPU"
 * says otherwise and gets no such hint.
 */
export function classifierLibrary(path: string, text: string): Fact[] {
  if (/Environment :: GPU\b/.test(text)) return [];
  const m =
    /Development Status :: [1-7] - [\w/ ]+|Intended Audience :: Developers|Topic :: Software Development :: Libraries/.exec(
      text,
    );
  if (!m) return [];
  return [{ type: 'gpu-hint', ev: seen(path, lineOf(text, m[0]), m[0], 'py.library', 2) }];
}

/** Everything the classifiers say: the Python versions, and whether the package is a library. */
export function classifierFacts(path: string, text: string): Fact[] {
  return [...classifierPython(path, text), ...classifierLibrary(path, text)];
}
