// go.mod: the go and toolchain directives.
import { seen, type Fact } from '../model.js';
import { goModPackages } from './jvm-go-packages.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';

export const goDetector: Detector = {
  name: 'go',
  select: (tree) => tree.envFiles(/^go\.mod$/),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(/^go\.mod$/)) {
      const text = input.text(path);
      if (text === null) continue;
      facts.push({ type: 'manifest', file: path, runtime: 'go' }, ...goModPackages(path, text));
      const toolchain = /^toolchain\s+go(\d+\.\d+(?:\.\d+)?)/m.exec(text);
      const go = /^go\s+(\d+\.\d+(?:\.\d+)?)/m.exec(text);
      const chosen = toolchain ?? go;
      facts.push({
        type: 'runtime',
        name: 'go',
        version: chosen ? chosen[1]! : null,
        range: go ? `>=${go[1]}` : null,
        ev: seen(path, chosen ? lineOf(text, chosen[0]) : 1, chosen ? chosen[0] : 'go.mod', 'go.mod', 1),
      });
    }
    return facts;
  },
};
