// R: DESCRIPTION (Depends: R (>= x), Imports, LinkingTo), renv.lock, install.R (R even without runtime.txt).
import { recognisedPackage } from '../knowledge/catalog.js';
import { R_GPU_PACKAGES } from '../knowledge/packages.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { isRecord, jsonOf, lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(DESCRIPTION|renv\.lock|install\.R)$/;

function rPackage(path: string, text: string, name: string, version: string | null, rule: RuleId): Fact[] {
  if (!recognisedPackage('r', name) && !R_GPU_PACKAGES.has(name)) return [];
  const ev = seen(path, lineOf(text, name), name, R_GPU_PACKAGES.has(name) ? 'pkg.gpu-other' : rule, 1);
  const facts: Fact[] = [
    {
      type: 'package',
      ecosystem: 'cran',
      name,
      extras: [],
      version,
      scope: 'main',
      conditional: false,
      variant: null,
      ev,
    },
  ];
  // R's torch and tensorflow download CUDA builds when a GPU is there: a framework, like torch in Python.
  if (R_GPU_PACKAGES.has(name) && name !== 'torch') facts.push({ type: 'gpu', requirement: 'required', ev });
  return facts;
}

export const rDetector: Detector = {
  name: 'r',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      // The DESCRIPTION at the top is an R package's: its name says the project is one.
      const project = path === 'DESCRIPTION' ? /^Package:\s*([\w.]+)/m.exec(text)?.[1] : undefined;
      facts.push({ type: 'manifest', file: path, runtime: 'r', ...(project ? { project } : {}) });
      if (path.endsWith('DESCRIPTION')) {
        const r = /R\s*\(\s*>=?\s*(\d+(?:\.\d+){0,2})\s*\)/.exec(text);
        facts.push({
          type: 'runtime',
          name: 'r',
          version: r ? r[1]! : null,
          range: r ? `>=${r[1]}` : null,
          ev: seen(
            path,
            r ? lineOf(text, r[0]) : 1,
            r ? `Depends: ${r[0]}` : 'DESCRIPTION',
            'r.description',
            1,
          ),
        });
        const imports = /^(?:Imports|Depends|LinkingTo):\s*([\s\S]*?)(?=^\S|$(?![\s\S]))/gm;
        for (const m of text.matchAll(imports)) {
          for (const part of m[1]!.split(',')) {
            const name = part.trim().split(/[\s(]/)[0]!;
            if (name && name !== 'R') facts.push(...rPackage(path, text, name, null, 'r.description'));
          }
        }
      } else if (path.endsWith('renv.lock')) {
        const lock = jsonOf(text, path, input.warn);
        const version =
          isRecord(lock) && isRecord(lock.R) && typeof lock.R.Version === 'string' ? lock.R.Version : null;
        facts.push({
          type: 'runtime',
          name: 'r',
          version,
          range: null,
          ev: seen(
            path,
            lineOf(text, '"Version"'),
            version ? `"R": {"Version": "${version}"}` : 'renv.lock',
            'r.renv',
            1,
          ),
        });
        const pkgs = isRecord(lock) && isRecord(lock.Packages) ? lock.Packages : {};
        for (const [name, p] of Object.entries(pkgs))
          facts.push(
            ...rPackage(
              path,
              text,
              name,
              isRecord(p) && typeof p.Version === 'string' ? p.Version : null,
              'r.renv',
            ),
          );
      } else {
        facts.push({
          type: 'runtime',
          name: 'r',
          version: null,
          range: null,
          ev: seen(path, 1, 'install.R', 'r.install', 1),
        });
        for (const m of text.matchAll(/install\.packages\(\s*(c\()?([^)]*)\)/g)) {
          for (const q of m[2]!.matchAll(/["']([A-Za-z0-9.]+)["']/g))
            facts.push(...rPackage(path, text, q[1]!, null, 'r.install'));
        }
        for (const m of text.matchAll(/(?:remotes|devtools)::install_\w+\(\s*["']([^"']+)["']/g)) {
          facts.push(...rPackage(path, text, m[1]!.split('/').pop()!, null, 'r.install'));
        }
      }
    }
    return facts;
  },
};
