// What the set-up tests share: a local Git repository and a folder of wheels (no network), built once per file.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Requirements } from '@envboot/core';
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

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  }).trim();
}

export interface Fixture {
  root: string;
  repoDir: string;
  wheels: string;
  commit: string;
  home(): string;
  cleanup(): void;
}

/** A repository "proj" whose requirements.txt names a wheel of the wheels folder. */
export function makeFixture(): Fixture {
  const root = mkdtempSync(join(tmpdir(), 'envboot-setup-'));
  const repoDir = join(root, 'proj');
  const wheels = join(root, 'wheels');
  mkdirSync(repoDir);
  mkdirSync(wheels);
  buildWheel(wheels, 'envboot_probe', '1.0', 'envboot_probe');
  writeFileSync(join(repoDir, 'requirements.txt'), 'envboot-probe==1.0\n');
  git(repoDir, 'init', '-q', '-b', 'main');
  git(repoDir, 'add', '.');
  git(repoDir, 'commit', '-q', '-m', 'init');
  return {
    root,
    repoDir,
    wheels,
    commit: git(repoDir, 'rev-parse', 'HEAD'),
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
