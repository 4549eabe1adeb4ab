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
