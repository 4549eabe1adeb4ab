// cog.yaml (Replicate's Cog): the image a hosted demo runs on, with build.gpu, build.cuda, build.python_version,
// build.python_packages and build.system_packages.
import { seen, type Fact } from '../../model.js';
import { isRecord, yamlOf } from '../text.js';
import type { Detector } from '../types.js';
import { pythonPackageFacts } from './facts.js';
import { parseRequirement } from './pep508.js';

const COG = /^cog\.ya?ml$/;

export const cogDetector: Detector = {
  name: 'cog',
  select: (tree) => tree.envFiles(COG),
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(COG)) {
      const text = input.text(path);
      if (text === null) continue;
      const doc = await yamlOf(text, path, input.warn);
      const build = isRecord(doc) && isRecord(doc.build) ? doc.build : null;
      if (!build) continue;
      const lines = text.split(/\r?\n/);
      const at = (needle: string) => {
        const i = lines.findIndex((l) => l.includes(needle));
        return { line: i >= 0 ? i + 1 : null, text: i >= 0 ? lines[i]!.trim() : needle };
      };
      const ev = (needle: string) => {
        const { line, text: shown } = at(needle);
        return seen(path, line, shown, 'cog.build', 1);
      };
      facts.push({ type: 'manifest', file: path, runtime: 'python' });
      // Cog builds the image a hosted demo runs on: its GPU says the authors serve it on one, not that the code
      // cannot run without (that is for the code to say).
      if (build.gpu === true) facts.push({ type: 'gpu-hint', ev: ev('gpu:') });
      const cuda =
        typeof build.cuda === 'string' || typeof build.cuda === 'number' ? String(build.cuda) : null;
      const cudaVersion = cuda ? /^(\d{1,2}\.\d)/.exec(cuda)?.[1] : undefined;
      if (cudaVersion) facts.push({ type: 'cuda', version: cudaVersion, ev: ev('cuda:') });
      const python = build.python_version;
      const pythonVersion =
        typeof python === 'string' || typeof python === 'number'
          ? /^(\d+\.\d+)/.exec(String(python))?.[1]
          : undefined;
      if (pythonVersion)
        facts.push({
          type: 'runtime',
          name: 'python',
          version: pythonVersion,
          range: null,
          ev: ev('python_version'),
        });
      for (const item of Array.isArray(build.python_packages) ? build.python_packages : []) {
        if (typeof item !== 'string') continue;
        const req = parseRequirement(item);
        if (req) facts.push(...pythonPackageFacts(req, { scope: 'main', ev: ev(item) }));
      }
      for (const item of Array.isArray(build.system_packages) ? build.system_packages : []) {
        if (typeof item === 'string') facts.push({ type: 'system-package', name: item, ev: ev(item) });
      }
    }
    return facts;
  },
};
