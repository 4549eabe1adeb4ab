// Pipfile and Pipfile.lock: the Python version ([requires], or the lock's _meta, which wins) and packages.
import { seen, type Fact } from '../../model.js';
import { dirOf } from '../tree.js';
import { isRecord, jsonOf, lineOf, tomlOf } from '../text.js';
import type { Detector } from '../types.js';
import { pythonPackageFacts } from './facts.js';
import { poetrySpec } from './pyproject.js';

export const pipfileDetector: Detector = {
  name: 'pipfile',
  select: (tree) => tree.envFiles(/^Pipfile(\.lock)?$/),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(/^Pipfile$/)) {
      const text = input.text(path);
      const doc = text === null ? null : tomlOf(text, path, input.warn);
      if (!text || !doc) continue;
      facts.push({ type: 'manifest', file: path, runtime: 'python' });
      const lockPath = dirOf(path) ? `${dirOf(path)}/Pipfile.lock` : 'Pipfile.lock';
      const lockText = input.text(lockPath);
      const lock = lockText === null ? null : jsonOf(lockText, lockPath, input.warn);
      const meta =
        isRecord(lock) && isRecord(lock._meta) && isRecord(lock._meta.requires) ? lock._meta.requires : null;
      const locked = meta ? (meta.python_full_version ?? meta.python_version) : undefined;
      const requires = isRecord(doc.requires) ? doc.requires : {};
      const declared = requires.python_full_version ?? requires.python_version;
      if (typeof locked === 'string') {
        facts.push({
          type: 'runtime',
          name: 'python',
          version: locked,
          range: null,
          ev: seen(
            lockPath,
            lineOf(input.text(lockPath) ?? '', 'python_'),
            `python_version "${locked}"`,
            'py.pipfile',
            1,
          ),
        });
      } else if (typeof declared === 'string') {
        facts.push({
          type: 'runtime',
          name: 'python',
          version: declared,
          range: null,
          ev: seen(
            path,
            lineOf(text, /python_(full_)?version/),
            `python_version = "${declared}"`,
            'py.pipfile',
            1,
          ),
        });
      }
      for (const [section, scope] of [
        ['packages', 'main'],
        ['dev-packages', 'dev'],
      ] as const) {
        const pkgs = isRecord(doc[section]) ? doc[section] : {};
        for (const [name, value] of Object.entries(pkgs)) {
          const spec =
            typeof value === 'string'
              ? value
              : isRecord(value) && typeof value.version === 'string'
                ? value.version
                : '*';
          const extras =
            isRecord(value) && Array.isArray(value.extras)
              ? value.extras.filter((e): e is string => typeof e === 'string')
              : [];
          const ev = seen(
            path,
            lineOf(text, new RegExp(`^\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`)),
            `${name} = ${JSON.stringify(value)}`,
            scope === 'dev' ? 'py.requirements.dev' : 'py.pipfile',
            1,
          );
          facts.push(
            ...pythonPackageFacts(
              {
                name,
                extras,
                spec: poetrySpec(spec),
                local: /\+([A-Za-z0-9.]+)/.exec(spec)?.[1] ?? null,
                marker: isRecord(value) && typeof value.markers === 'string' ? value.markers : null,
              },
              { scope, ev },
            ),
          );
        }
      }
    }
    return facts;
  },
};
