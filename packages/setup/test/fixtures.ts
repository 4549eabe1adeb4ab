// What the set-up tests share: a local Git repository and a folder of wheels (no network), built once per file.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Requirements } from '@envboot/core';
import { createBareRepo } from '@envboot/testkit';
import type { NodeShell, SetupInput } from '../src/index.js';

/** A pure-Python wheel, zipped by Python's own zipfile (the format is a zip with a dist-info folder). */
export function buildWheel(dir: string, name: string, version: string, module: string): void {
  const program = `
import base64, hashlib, sys, zipfile
name, version, module, out = sys.argv[1:5]
dist = f"{name}-{version}.dist-info"
files = {
  f"{module}.py": "VALUE = 'probe ok'\\n",
  f"{dist}/METADATA": f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n",
  f"{dist}/WHEEL": "Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
record = []
for path, text in files.items():
  digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
  record.append(f"{path},sha256={digest},{len(text.encode())}")
record.append(f"{dist}/RECORD,,")
files[f"{dist}/RECORD"] = "\\n".join(record) + "\\n"
with zipfile.ZipFile(f"{out}/{name}-{version}-py3-none-any.whl", "w") as z:
  for path, text in files.items():
    z.writestr(path, text)
`;
  execFileSync('python3', ['-c', program, name, version, module, dir]);
}

export interface Fixture {
  root: string;
  /** A bare repository "proj.git", cloned by the set-up as a node would clone its URL. */
  repoDir: string;
  wheels: string;
  commit: string;
  home(): string;
  cleanup(): void;
}

/** A repository "proj" whose requirements.txt names a wheel of the wheels folder. */
export async function makeFixture(): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), 'envboot-setup-'));
  const wheels = join(root, 'wheels');
  mkdirSync(wheels);
  buildWheel(wheels, 'envboot_probe', '1.0', 'envboot_probe');
  const repo = await createBareRepo(join(root, 'git'), {
    name: 'proj',
    files: { 'requirements.txt': 'envboot-probe==1.0\n' },
  });
  return {
    root,
    repoDir: repo.path,
    wheels,
    commit: repo.commit,
    home: () => mkdtempSync(join(root, 'home-')),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const requirements = (over: Partial<SetupInput['requirements']> = {}): SetupInput['requirements'] => ({
  gpu: { needed: false } as Requirements['gpu'],
  runtimes: { python: '3.8' },
  runtime_constraints: {},
  frameworks: [],
  environment_files: [{ path: 'requirements.txt', runtime: 'python' }],
  install_extras: [],
  ...over,
});

/** A shell "on the node": bash -c in its own home, as SSH's exec runs a command line. */
export function localShell(home: string): NodeShell & { commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    exec: (command, input) =>
      new Promise((resolve, reject) => {
        commands.push(command);
        const child = spawn('bash', ['-c', command], {
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
        child.stdin.end(input ?? '');
      }),
  };
}
