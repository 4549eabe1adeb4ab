// Cargo.toml (rust-version, edition, GPU crates and the crates the knowledge base or Debian knows) and
// rust-toolchain(.toml).
import { recognisedPackage } from '../knowledge/catalog.js';
import { CARGO_GPU } from '../knowledge/packages.js';
import { seen, type Fact } from '../model.js';
import { isRecord, lineOf, tomlOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(Cargo\.toml|rust-toolchain(\.toml)?)$/;

export const rustDetector: Detector = {
  name: 'rust',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      if (!path.endsWith('Cargo.toml')) {
        // The legacy rust-toolchain file is either one line (a channel) or TOML.
        const toml = path.endsWith('.toml') || /^\s*\[toolchain\]/m.test(text);
        const doc = toml ? tomlOf(text, path, input.warn) : null;
        const channel =
          doc && isRecord(doc.toolchain) && typeof doc.toolchain.channel === 'string'
            ? doc.toolchain.channel
            : text.trim().split('\n')[0]!;
        const v = /(\d+\.\d+(?:\.\d+)?)/.exec(channel);
        facts.push({
          type: 'runtime',
          name: 'rust',
          version: v ? v[1]! : null,
          range: null,
          ev: seen(path, lineOf(text, channel), `channel = "${channel}"`, 'rust.toolchain', 1),
        });
        continue;
      }
      const doc = tomlOf(text, path, input.warn);
      if (!doc) continue;
      facts.push({ type: 'manifest', file: path, runtime: 'rust' });
      const pkg = isRecord(doc.package)
        ? doc.package
        : isRecord(doc.workspace) && isRecord(doc.workspace.package)
          ? doc.workspace.package
          : {};
      const msrv = typeof pkg['rust-version'] === 'string' ? pkg['rust-version'] : null;
      facts.push({
        type: 'runtime',
        name: 'rust',
        version: msrv,
        range: msrv ? `>=${msrv}` : null,
        ev: seen(
          path,
          msrv ? lineOf(text, 'rust-version') : 1,
          msrv ? `rust-version = "${msrv}"` : 'Cargo.toml',
          'rust.cargo',
          msrv ? 1 : 2,
        ),
      });
      const deps = {
        ...(isRecord(doc.dependencies) ? doc.dependencies : {}),
        ...(isRecord(doc.workspace) && isRecord(doc.workspace.dependencies)
          ? doc.workspace.dependencies
          : {}),
      };
      for (const [name, value] of Object.entries(deps)) {
        // Crates the knowledge base knows, or Debian packages (librust-*-dev): the stack, not every small helper.
        if (!CARGO_GPU.has(name) && !recognisedPackage('rust', name)) continue;
        const version =
          typeof value === 'string'
            ? value
            : isRecord(value) && typeof value.version === 'string'
              ? value.version
              : null;
        const ev = seen(
          path,
          lineOf(text, new RegExp(`^\\s*${name}\\s*=`)),
          `${name} = ${JSON.stringify(value)}`,
          CARGO_GPU.has(name) ? 'pkg.gpu-other' : 'rust.cargo',
          1,
        );
        facts.push({
          type: 'package',
          ecosystem: 'cargo',
          name,
          extras: [],
          version,
          scope: 'main',
          conditional: isRecord(value) && value.optional === true,
          variant: null,
          ev,
        });
        const features = isRecord(value) && Array.isArray(value.features) ? value.features.map(String) : [];
        if ((CARGO_GPU.has(name) && name !== 'tch') || features.some((f) => /cuda/.test(f))) {
          if (!(isRecord(value) && value.optional === true))
            facts.push({ type: 'gpu', requirement: 'required', ev });
        }
      }
    }
    return facts;
  },
};
