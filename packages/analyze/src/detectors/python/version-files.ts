// Files whose only job is a version: runtime.txt (python-3.x or r-x.y-date), .python-version, .tool-versions
// (asdf) and mise.toml.
import { seen, type Fact, type RuntimeName } from '../../model.js';
import { isRecord, tomlOf } from '../text.js';
import type { Detector } from '../types.js';

const TOOL_NAMES: Record<string, RuntimeName> = {
  python: 'python',
  nodejs: 'node',
  node: 'node',
  golang: 'go',
  go: 'go',
  rust: 'rust',
  java: 'java',
  julia: 'julia',
  ruby: 'ruby',
  r: 'r',
};

function versionIn(text: string): string | null {
  return /(\d+(?:\.\d+){0,2})/.exec(text)?.[1] ?? null;
}

export const versionFilesDetector: Detector = {
  name: 'version-files',
  select: (tree) => tree.envFiles(/^(runtime\.txt|\.python-version|\.tool-versions|\.?mise\.toml)$/),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(
      /^(runtime\.txt|\.python-version|\.tool-versions|\.?mise\.toml)$/,
    )) {
      const text = input.text(path);
      if (text === null) continue;
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (name === 'runtime.txt') {
        const line = text.split(/\r?\n/)[0]?.trim() ?? '';
        const py = /^python-(\d+(?:\.\d+){0,2})/.exec(line);
        const r = /^r-(?:(\d+\.\d+(?:\.\d+)?)-)?\d{4}-\d{2}-\d{2}/.exec(line);
        if (py)
          facts.push({
            type: 'runtime',
            name: 'python',
            version: py[1]!,
            range: null,
            ev: seen(path, 1, line, 'py.version-file', 1),
          });
        if (r)
          facts.push({
            type: 'runtime',
            name: 'r',
            version: r[1] ?? null,
            range: null,
            ev: seen(path, 1, line, 'r.runtime', 1),
          });
      } else if (name === '.python-version') {
        const line =
          text
            .split(/\r?\n/)
            .map((l) => l.trim())
            .find((l) => l && !l.startsWith('#')) ?? '';
        const v = /^(?:cpython-|python)?(\d+\.\d+(?:\.\d+)?)/.exec(line);
        if (v)
          facts.push({
            type: 'runtime',
            name: 'python',
            version: v[1]!,
            range: null,
            ev: seen(path, 1, line, 'py.version-file', 1),
          });
      } else if (name === '.tool-versions') {
        text.split(/\r?\n/).forEach((raw, i) => {
          const [tool, ver] = raw.trim().split(/\s+/);
          const runtime = tool ? TOOL_NAMES[tool] : undefined;
          if (runtime && ver)
            facts.push({
              type: 'runtime',
              name: runtime,
              version: versionIn(ver),
              range: null,
              ev: seen(path, i + 1, raw, 'py.version-file', 1),
            });
        });
      } else {
        const doc = tomlOf(text, path, input.warn);
        const tools = doc && isRecord(doc.tools) ? doc.tools : {};
        for (const [tool, ver] of Object.entries(tools)) {
          const runtime = TOOL_NAMES[tool];
          const v =
            typeof ver === 'string' ? ver : Array.isArray(ver) && typeof ver[0] === 'string' ? ver[0] : null;
          if (runtime && v)
            facts.push({
              type: 'runtime',
              name: runtime,
              version: versionIn(v),
              range: null,
              ev: seen(path, null, `${tool} = "${v}"`, 'py.version-file', 1),
            });
        }
      }
    }
    return facts;
  },
};
