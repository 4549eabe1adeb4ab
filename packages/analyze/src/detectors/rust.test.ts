import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { rustDetector } from './rust.js';

describe('Rust', () => {
  it('reads rust-version and the toolchain channel', async () => {
    const facts = await factsOf(rustDetector, {
      'Cargo.toml': '[package]\nname = "x"\nrust-version = "1.74"\n',
      'rust-toolchain.toml': '[toolchain]\nchannel = "1.76.0"\n',
    });
    expect(ofType(facts, 'runtime').map((r) => [r.version, r.ev.rule])).toEqual([
      ['1.74', 'rust.cargo'],
      ['1.76.0', 'rust.toolchain'],
    ]);
  });

  it('marks CUDA crates and cuda features as needing a GPU, unless optional', async () => {
    const gpu = await factsOf(rustDetector, {
      'Cargo.toml':
        '[package]\nname = "x"\n[dependencies]\ncudarc = "0.10"\ncandle-core = { version = "0.4", features = ["cuda"] }\n',
    });
    expect(ofType(gpu, 'gpu')).toHaveLength(2);
    const optional = await factsOf(rustDetector, {
      'Cargo.toml': '[package]\nname = "x"\n[dependencies]\ncudarc = { version = "0.10", optional = true }\n',
    });
    expect(ofType(optional, 'gpu')).toEqual([]);
  });

  it('reports the crates the knowledge base or Debian knows, not every helper', async () => {
    const facts = await factsOf(rustDetector, {
      'Cargo.toml':
        '[package]\nname = "x"\n[dependencies]\nratatui = "0.26"\nsysinfo = "0.30"\nmy-own-helper = "0.1"\n',
    });
    expect(ofType(facts, 'package').map((p) => p.name)).toEqual(['ratatui', 'sysinfo']);
  });
});
