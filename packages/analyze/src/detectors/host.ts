// Host specs outside the Dockerfile: compose GPU reservations and memory limits, devcontainer
// hostRequirements, and apt.txt system packages.
import { seen, type Fact } from '../model.js';
import { isRecord, jsonOf, lineOf, yamlOf, type Warn } from './text.js';
import type { Detector } from './types.js';
import type { Tree } from './tree.js';

const COMPOSE = /^(docker-)?compose([-.][\w.-]+)?\.ya?ml$/;
const DEVCONTAINER = /(^|\/)\.devcontainer(\/[\w.-]+)?\/devcontainer\.json$|(^|\/)\.devcontainer\.json$/;

/** "32gb", "16GiB", "8g", "512m", "2TB", 17179869184 → gigabytes. */
export function gigabytes(value: unknown): number | null {
  if (typeof value === 'number') return value / 2 ** 30;
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt])?i?b?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase();
  const gb =
    unit === 't'
      ? n * 1024
      : unit === 'g'
        ? n
        : unit === 'm'
          ? n / 1024
          : unit === 'k'
            ? n / 2 ** 20
            : n / 2 ** 30;
  return Math.round(gb * 100) / 100;
}

/** JSON with comments and trailing commas, as devcontainer.json allows. */
export function jsoncOf(text: string, file: string, warn: Warn): unknown {
  const stripped = text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_m, str) => str ?? '')
    .replace(/,(\s*[}\]])/g, '$1');
  return jsonOf(stripped, file, warn);
}

function composeFiles(tree: Tree) {
  return tree.named(COMPOSE).filter((p) => !tree.ignored(p));
}

async function composeFacts(path: string, text: string, warn: Warn): Promise<Fact[]> {
  const doc = await yamlOf(text, path, warn);
  const facts: Fact[] = [];
  const services = isRecord(doc) && isRecord(doc.services) ? doc.services : {};
  for (const [name, svc] of Object.entries(services)) {
    if (!isRecord(svc)) continue;
    if (svc.runtime === 'nvidia')
      facts.push({
        type: 'gpu',
        requirement: 'required',
        ev: seen(path, lineOf(text, /runtime:\s*nvidia/), `${name}: runtime: nvidia`, 'compose.gpu', 0),
      });
    const resources = isRecord(svc.deploy) && isRecord(svc.deploy.resources) ? svc.deploy.resources : {};
    const reservations = isRecord(resources.reservations) ? resources.reservations : {};
    for (const dev of Array.isArray(reservations.devices) ? reservations.devices : []) {
      if (!isRecord(dev)) continue;
      const caps = Array.isArray(dev.capabilities) ? dev.capabilities.map(String) : [];
      if (dev.driver !== 'nvidia' && !caps.includes('gpu')) continue;
      const ev = seen(
        path,
        lineOf(text, /driver:\s*nvidia|capabilities:/),
        `${name}: ${JSON.stringify(dev)}`,
        'compose.gpu',
        0,
      );
      facts.push({ type: 'gpu', requirement: 'required', ev });
      const count =
        typeof dev.count === 'number'
          ? dev.count
          : Array.isArray(dev.device_ids)
            ? dev.device_ids.length
            : null;
      if (count) facts.push({ type: 'gpu-count', count, ev });
    }
    const mem = gigabytes(
      (isRecord(resources.limits) ? resources.limits.memory : undefined) ??
        reservations.memory ??
        svc.mem_limit,
    );
    if (mem)
      facts.push({
        type: 'memory',
        gb: mem,
        ev: seen(path, lineOf(text, /memory:|mem_limit:/), `${name}: memory ${mem} GB`, 'compose.memory', 1),
      });
  }
  return facts;
}

function devcontainerFacts(path: string, text: string, warn: Warn): Fact[] {
  const doc = jsoncOf(text, path, warn);
  if (!isRecord(doc)) return [];
  const facts: Fact[] = [];
  const host = isRecord(doc.hostRequirements) ? doc.hostRequirements : {};
  const ev = (key: string, shown: string) =>
    seen(path, lineOf(text, `"${key}"`), shown, 'devcontainer.host', 0);
  if (host.gpu === true) facts.push({ type: 'gpu', requirement: 'required', ev: ev('gpu', '"gpu": true') });
  if (host.gpu === 'optional')
    facts.push({ type: 'gpu', requirement: 'optional', ev: ev('gpu', '"gpu": "optional"') });
  if (isRecord(host.gpu)) {
    facts.push({ type: 'gpu', requirement: 'required', ev: ev('gpu', `"gpu": ${JSON.stringify(host.gpu)}`) });
    const vram = gigabytes(host.gpu.memory);
    if (vram)
      facts.push({ type: 'gpu-memory', gb: vram, ev: ev('gpu', `gpu memory ${String(host.gpu.memory)}`) });
  }
  const mem = gigabytes(host.memory);
  if (mem) facts.push({ type: 'memory', gb: mem, ev: ev('memory', `"memory": "${String(host.memory)}"`) });
  const disk = gigabytes(host.storage);
  if (disk) facts.push({ type: 'disk', gb: disk, ev: ev('storage', `"storage": "${String(host.storage)}"`) });
  const features = isRecord(doc.features) ? Object.keys(doc.features) : [];
  const cuda = features.find((f) => /nvidia-cuda|\/cuda:/.test(f));
  if (cuda) facts.push({ type: 'gpu', requirement: 'required', ev: ev(cuda, `feature ${cuda}`) });
  return facts;
}

export const hostDetector: Detector = {
  name: 'host',
  select: (tree) => [
    ...composeFiles(tree),
    ...tree.paths.filter((p) => DEVCONTAINER.test(p)),
    ...tree.envFiles(/^apt\.txt$/),
  ],
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of composeFiles(input.tree)) {
      const text = input.text(path);
      if (text !== null) facts.push(...(await composeFacts(path, text, input.warn)));
    }
    for (const path of input.tree.paths.filter((p) => DEVCONTAINER.test(p))) {
      const text = input.text(path);
      if (text !== null) facts.push(...devcontainerFacts(path, text, input.warn));
    }
    for (const path of input.tree.envFiles(/^apt\.txt$/)) {
      const text = input.text(path);
      if (text === null) continue;
      text.split(/\r?\n/).forEach((raw, i) => {
        const name = raw.replace(/#.*$/, '').trim();
        if (!name) return;
        const ev = seen(path, i + 1, raw, 'apt.packages', 1);
        facts.push({ type: 'system-package', name, ev });
        if (/^(nvidia-cuda-toolkit|cuda-toolkit|cuda-nvcc)/.test(name))
          facts.push({ type: 'nvcc', ev }, { type: 'gpu', requirement: 'required', ev });
      });
    }
    // Root-level environment files repo2docker would not read because a binder folder exists.
    for (const path of input.tree.paths) {
      if (
        input.tree.shadowedByBinder(path) &&
        /^(requirements.*\.txt|environment\.ya?ml|apt\.txt|runtime\.txt|Pipfile|Project\.toml|install\.R|setup\.py|pyproject\.toml|DESCRIPTION)$/.test(
          path,
        )
      ) {
        facts.push({
          type: 'ignored',
          ev: seen(
            path,
            null,
            `${path} set aside: ${input.tree.configRoot}/ holds the environment`,
            'scope.binder',
            0,
          ),
        });
      }
    }
    return facts;
  },
};
