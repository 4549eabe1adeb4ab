// Shell completion through the shipped bins: the script `envboot completion` prints, sourced into a real bash, and
// the `--get-yargs-completions` entry point it calls, for envboot and a single-step bin. Node types and lease names
// come from what earlier commands printed, run ids from provision's state files; completing never calls the cloud.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { REPO_ROOT, envelopeOf, runCli, type CliRun } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 60 });
  box = sandbox('shipped-completion');
  env = { ...box.env, ENVBOOT_SIM_URL: sim.url };
});
afterAll(() => sim.close());

const candidates = (run: CliRun) => run.stdout.split('\n').filter(Boolean);

/** What the shell gets for the line `words` (the program first, the word being completed last). */
async function completing(words: string[], bin = 'envboot', extra: NodeJS.ProcessEnv = {}) {
  const run = await runCli(['--get-yargs-completions', ...words], { bin, env: { ...env, ...extra } });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return candidates(run);
}

describe('envboot completion', () => {
  it('prints a bash script for envboot and every single-step bin', async () => {
    const run = await runCli(['completion', 'bash'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--get-yargs-completions');
    const bins = Object.keys(
      JSON.parse(readFileSync(join(REPO_ROOT, 'apps/envboot/package.json'), 'utf8')).bin as object,
    );
    const line = run.stdout.split('\n').find((l) => l.startsWith('complete '))!;
    expect(line.split(' ').slice(-bins.length).sort()).toEqual([...bins].sort());
  });

  it('prints a zsh script, also by default when $SHELL is zsh', async () => {
    const zsh = await runCli(['completion', 'zsh'], { env });
    expect(zsh.stdout).toMatch(/^#compdef envboot capacity /);
    expect(zsh.stdout).toContain('_describe');
    expect((await runCli(['completion'], { env: { ...env, SHELL: '/usr/bin/zsh' } })).stdout).toBe(
      zsh.stdout,
    );
    expect((await runCli(['completion'], { env: { ...env, SHELL: '/bin/bash' } })).stdout).toMatch(
      /^###-begin-envboot-completions-###/,
    );
  });

  it('refuses a shell it does not know', async () => {
    const run = await runCli(['completion', 'fish'], { env });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'USAGE' });
  });
});

describe('--get-yargs-completions', () => {
  it('completes commands, flags and sites', async () => {
    expect(await completing(['envboot', 'lease-'])).toEqual([
      'lease-create',
      'lease-status',
      'lease-delete',
      'lease-extend',
      'lease-repair',
    ]);
    expect(await completing(['envboot', 'capacity', '--node'])).toEqual(['--node-type', '--nodes']);
    expect(await completing(['envboot', 'capacity', '--site', ''])).toEqual([
      'uc',
      'tacc',
      'nu',
      'ncar',
      'nrp',
      'edge',
      'kvm',
      'sim',
    ]);
  });

  it('completes in the single-step bins as in envboot', async () => {
    expect(await completing(['capacity', '--node'], 'capacity')).toEqual(['--node-type', '--nodes']);
    expect(await completing(['api-1', '--log-format', ''], 'api-1')).toEqual(['pretty', 'json']);
  });

  it('gives zsh descriptions when the zsh script asks', async () => {
    expect(
      await completing(['envboot', 'sim', '--por'], 'envboot', { ENVBOOT_COMPLETION_FORMAT: 'zsh' }),
    ).toEqual(['--port:Port to listen on (0: any free port)']);
  });

  it('offers the node types and leases earlier commands printed, a deleted lease no more', async () => {
    expect(await completing(['envboot', 'capacity', '--node-type', ''])).toEqual([]);
    expect((await runCli(['capacity', '--site', 'sim'], { env })).code).toBe(0);
    // The small site's two GPU types.
    expect(await completing(['envboot', 'capacity', '--site', 'sim', '--node-type', 'gpu'])).toEqual([
      'gpu_rtx_6000',
      'gpu_v100',
    ]);
    expect(await completing(['envboot', 'capacity', '--site', 'uc', '--node-type', ''])).toEqual([]);

    const created = await runCli(
      ['lease-create', '--site', 'sim', '--node-type', 'compute_skylake', '--name', 'completed-lease'],
      { env },
    );
    expect(created.code).toBe(0);
    expect(await completing(['envboot', 'lease-status', 'comp'])).toEqual(['completed-lease']);
    expect(await completing(['lease-delete', ''], 'lease-delete')).toEqual(['completed-lease']);

    const deleted = await runCli(['lease-delete', '--site', 'sim', '--yes', 'completed-lease'], { env });
    expect(deleted.code).toBe(0);
    expect(await completing(['envboot', 'lease-status', ''])).toEqual([]);
  });

  it("offers provision's run ids, newest first", async () => {
    const runs = join(box.root, 'state', 'envboot', 'runs');
    mkdirSync(runs, { recursive: true });
    for (const id of ['prov-20261125-2041-3fa9c2', 'prov-20261126-0900-00ff00']) {
      writeFileSync(join(runs, `${id}.json`), '{}');
    }
    writeFileSync(join(runs, 'prov-20261126-0900-00ff00.lock'), '1');
    expect(await completing(['envboot', 'cleanup', ''])).toEqual([
      'prov-20261126-0900-00ff00',
      'prov-20261125-2041-3fa9c2',
    ]);
    expect(await completing(['provision', '--resume', 'prov-2026112'], 'provision')).toHaveLength(2);
  });

  it('never calls the cloud', async () => {
    let connections = 0;
    const server: Server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const at = { ENVBOOT_SIM_URL: `http://127.0.0.1:${port}`, OS_AUTH_URL: `http://127.0.0.1:${port}/v3` };
      await completing(['envboot', 'capacity', '--site', 'sim', '--node-type', ''], 'envboot', at);
      await completing(['envboot', 'lease-status', ''], 'envboot', at);
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('the bash script, sourced into bash', () => {
  /** COMPREPLY for the line, with envboot and capacity on PATH as an install puts them. */
  async function bashCompletes(line: string): Promise<string[]> {
    const bin = join(box.root, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const name of ['envboot', 'capacity']) {
      try {
        symlinkSync(join(REPO_ROOT, `apps/envboot/bin/${name}.js`), join(bin, name));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    const script = join(box.root, 'envboot.bash');
    writeFileSync(script, (await runCli(['completion', 'bash'], { env })).stdout);
    const words = line.split(' ');
    const program = [
      `source '${script}'`,
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      `COMP_LINE='${line}'`,
      `_envboot_completions`,
      `printf '%s\\n' "\${COMPREPLY[@]}"`,
    ].join('\n');
    return new Promise((resolve, reject) => {
      const child = spawn('bash', ['--norc', '--noprofile', '-c', program], {
        env: {
          ...process.env,
          NODE_OPTIONS: undefined,
          ...env,
          PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`bash: ${code} ${err}`)),
      );
    });
  }

  it('completes commands and flags for envboot, and for capacity', async () => {
    expect(await bashCompletes('envboot lease-s')).toEqual(['lease-status']);
    expect(await bashCompletes('envboot capacity --site t')).toEqual(['tacc']);
    expect(await bashCompletes('capacity --node-t')).toEqual(['--node-type']);
  });

  it('completes a value after --flag=', async () => {
    expect(await bashCompletes('envboot capacity --log-format = p')).toEqual(['pretty']);
  });
});
