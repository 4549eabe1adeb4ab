import { describe, expect, it } from '@jest/globals';
import { planBoot } from './cloudinit.js';
import { tail } from './console.js';
import { gpuName } from './shims.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('planBoot', () => {
  it('runs a #! script as it is', () => {
    expect(planBoot(b64('#!/bin/bash\necho hi\n'))).toMatchObject({ script: '#!/bin/bash\necho hi\n' });
  });

  it('takes write_files, runcmd (strings and argument lists) and the keys of cc from a #cloud-config', () => {
    const plan = planBoot(
      b64(
        [
          '#cloud-config',
          'ssh_authorized_keys: [ssh-ed25519 AAAA top]',
          'users:',
          '  - default',
          '  - name: cc',
          '    ssh_authorized_keys: [ssh-ed25519 BBBB cc]',
          '  - name: other',
          'write_files:',
          '  - {path: /etc/a, content: aGk=, encoding: b64, permissions: "0600"}',
          'runcmd:',
          '  - echo one',
          '  - [echo, "it\'s"]',
        ].join('\n'),
      ),
    );
    expect(plan.keys).toEqual(['ssh-ed25519 AAAA top', 'ssh-ed25519 BBBB cc']);
    expect(plan.writeFiles).toEqual([
      { path: '/etc/a', content: Buffer.from('hi'), mode: 0o600, append: false },
    ]);
    expect(plan.script).toBe("#!/bin/sh\necho one\n'echo' 'it'\\''s'\n");
    expect(plan.warnings).toEqual(['users: only cc is simulated; other was not created']);
  });

  it('reports YAML it cannot read as an error, and leaves other formats alone', () => {
    expect(planBoot(b64('#cloud-config\nruncmd: [unclosed\n')).error).toMatch(/^Failed loading yaml blob/);
    expect(planBoot(b64('just text'))).toEqual({
      writeFiles: [],
      keys: [],
      warnings: ['Unhandled non-multipart (text/x-not-multipart) userdata'],
    });
    expect(planBoot(null)).toEqual({ writeFiles: [], keys: [], warnings: [] });
  });
});

describe('gpuName', () => {
  it("is the name nvidia-smi shows for the reference API's model", () => {
    expect(gpuName('TU102GL [Quadro RTX 6000/8000]')).toBe('Quadro RTX 6000');
    expect(gpuName('GA100 [A100 PCIe 80GB]')).toBe('NVIDIA A100 PCIe 80GB');
  });
});

describe('tail', () => {
  it("keeps the last lines, as Nova's length does", () => {
    expect(tail('a\nb\nc\n', 2)).toBe('b\nc\n');
    expect(tail('a\nb\n', null)).toBe('a\nb\n');
    expect(tail('a\nb\n', 0)).toBe('');
  });
});
