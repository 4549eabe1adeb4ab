// analyze through the CLI users run (the bundle, as a child process): every manifest format it reads is parsed by
// the code that ships, lazily loaded parsers included (YAML, TOML), and a file it cannot read is a warning.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AnalysisData } from '@envboot/core';
import {
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  runCli,
  startGitServer,
  type GitServer,
} from '@envboot/testkit';

/** A local repository holding exactly these files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-analyze-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function analyze(files: Record<string, string>) {
  const run = await runCli(['analyze', '--repo', repo(files), '--no-plan']);
  expect(hasStackTrace(run.stderr)).toBe(false);
  const env = envelopeOf(run);
  expect({ ok: env.ok, error: env.error }).toEqual({ ok: true, error: null });
  expect(run.code).toBe(0);
  return env.data as AnalysisData;
}

const frameworks = (d: AnalysisData) => (d.requirements.frameworks ?? []).map((f) => f.name);

interface FormatCase {
  files: Record<string, string>;
  runtimes: Record<string, string | null>;
  gpu?: boolean;
  cuda?: string;
  frameworks?: string[];
}

const FORMATS: Record<string, FormatCase> = {
  'pyproject.toml': {
    files: {
      'pyproject.toml':
        '[project]\nname = "demo"\nrequires-python = ">=3.10"\ndependencies = ["torch>=2.1", "numpy"]\n',
    },
    runtimes: { python: '3.10' },
    frameworks: ['torch'],
  },
  Pipfile: {
    files: { Pipfile: '[packages]\ntensorflow = "==2.13.0"\n\n[requires]\npython_version = "3.11"\n' },
    runtimes: { python: '3.11' },
    frameworks: ['tensorflow'],
  },
  'setup.cfg': {
    files: {
      'setup.cfg':
        '[metadata]\nname = demo\n\n[options]\npython_requires = >=3.8\ninstall_requires =\n    jax>=0.4\n',
    },
    runtimes: { python: '3.8' },
    frameworks: ['jax'],
  },
  'package.json': {
    files: {
      'package.json': JSON.stringify({
        name: 'demo',
        engines: { node: '>=18' },
        dependencies: { '@tensorflow/tfjs-node-gpu': '^4.0.0' },
      }),
    },
    runtimes: { node: '18' },
    gpu: true,
  },
  'Cargo.toml': {
    files: {
      'Cargo.toml':
        '[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\nrust-version = "1.74"\n\n[dependencies]\ncudarc = "0.10"\n',
    },
    runtimes: { rust: '1.74' },
    gpu: true,
  },
  'go.mod': { files: { 'go.mod': 'module example.com/demo\n\ngo 1.21\n' }, runtimes: { go: '1.21' } },
  'pom.xml': {
    files: {
      'pom.xml':
        '<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>x</groupId><artifactId>demo</artifactId><version>1</version>\n' +
        '  <properties><maven.compiler.release>17</maven.compiler.release></properties>\n</project>\n',
    },
    runtimes: { java: '17' },
  },
  DESCRIPTION: {
    files: { DESCRIPTION: 'Package: demo\nVersion: 0.1\nDepends: R (>= 4.2.0)\nImports: torch\n' },
    runtimes: { r: '4.2.0' },
  },
  'Project.toml': {
    files: {
      'Project.toml':
        'name = "Demo"\n\n[deps]\nCUDA = "052768ef-5323-5732-b1bb-66c8b64840ba"\n\n[compat]\njulia = "1.9"\n',
    },
    runtimes: { julia: '1.9' },
    gpu: true,
  },
  'composer.json': {
    files: {
      'composer.json': JSON.stringify({
        name: 'x/demo',
        require: { php: '>=8.1', 'symfony/console': '^7.0' },
      }),
    },
    runtimes: { php: '8.1' },
    frameworks: ['symfony/console'],
  },
  'Package.swift': {
    files: {
      'Package.swift':
        '// swift-tools-version:5.9\nimport PackageDescription\nlet package = Package(name: "demo", dependencies: [\n  .package(url: "https://github.com/apple/swift-argument-parser", from: "1.3.0"),\n])\n',
    },
    runtimes: { swift: '5.9' },
    frameworks: ['swift-argument-parser'],
  },
  'build.zig.zon': {
    files: {
      'build.zig.zon':
        '.{\n  .name = "demo",\n  .minimum_zig_version = "0.13.0",\n  .dependencies = .{\n    .clap = .{ .url = "https://example.org/clap.tar.gz", .hash = "1220" },\n  },\n}\n',
    },
    runtimes: { zig: '0.13' },
    frameworks: ['clap'],
  },
  '.csproj': {
    files: {
      'Demo.csproj':
        '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>\n  <ItemGroup><PackageReference Include="Serilog" Version="3.1.1" /></ItemGroup>\n</Project>\n',
    },
    runtimes: { dotnet: '8.0' },
    frameworks: ['Serilog'],
  },
  'pubspec.yaml': {
    files: {
      'pubspec.yaml':
        "name: demo\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\ndependencies:\n  flutter:\n    sdk: flutter\n  provider: ^6.1.2\n",
    },
    runtimes: { dart: '3.3' },
    frameworks: ['flutter', 'provider'],
  },
  'CMakeLists.txt and a README that installs -dev packages': {
    files: {
      'CMakeLists.txt':
        'cmake_minimum_required(VERSION 3.16)\nproject(demo CXX)\nfind_package(Eigen3 3.3 REQUIRED)\nfind_package(OpenCV REQUIRED)\n',
      'README.md': '# demo\n\n```sh\nsudo apt-get install libboost-all-dev libyaml-cpp-dev\n```\n',
      'src/main.cpp': 'int main() { return 0; }\n',
    },
    runtimes: { cmake: '3.16' },
    frameworks: ['eigen', 'opencv', 'boost', 'yaml-cpp'],
  },
  Dockerfile: {
    files: { Dockerfile: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN apt-get update\n' },
    runtimes: {},
    gpu: true,
    cuda: '12.1',
  },
  'a notebook': {
    files: {
      'train.ipynb': JSON.stringify({
        cells: [{ cell_type: 'code', source: ['!pip install transformers==4.35.0\n', 'import torch\n'] }],
        nbformat: 4,
      }),
    },
    runtimes: { python: null },
    frameworks: ['torch', 'transformers'],
  },
};

describe('envboot analyze, shipped: each manifest format', () => {
  it.each(Object.keys(FORMATS))('%s', async (name) => {
    const c = FORMATS[name]!;
    const data = await analyze(c.files);
    expect(data.warnings).toEqual([]);
    expect(data.requirements.runtimes ?? {}).toEqual(c.runtimes);
    if (c.gpu !== undefined) expect(data.requirements.gpu.needed).toBe(c.gpu);
    if (c.cuda) expect(data.requirements.gpu.cuda).toBe(c.cuda);
    for (const f of c.frameworks ?? []) expect(frameworks(data)).toContain(f);
  });
});

describe('envboot analyze, shipped: a conda environment.yml', () => {
  it('reads python, cudatoolkit and pytorch from a repository with no other manifest', async () => {
    const data = await analyze({
      'environment.yml':
        'name: demo\nchannels:\n  - pytorch\n  - conda-forge\ndependencies:\n  - python=3.9\n  - cudatoolkit=11.3\n  - pytorch\n',
    });
    expect(data.requirements.runtimes).toEqual({ python: '3.9' });
    expect(data.requirements.gpu.cuda).toBe('11.3');
    expect(data.requirements.gpu.needed).toBe(true);
    expect(frameworks(data)).toContain('torch');
    expect(data.warnings).toEqual([]);
  });

  it('names a malformed environment.yml in a warning, on stdout and stderr, and still succeeds', async () => {
    const dir = repo({
      'environment.yml': 'name: demo\ndependencies: [python=3.9\n',
      'requirements.txt': 'numpy==1.26\n',
    });
    const run = await runCli(['analyze', '--repo', dir, '--no-plan']);
    const data = envelopeOf(run).data as AnalysisData;
    expect(run.code).toBe(0);
    expect(data.warnings).toEqual([
      {
        file: 'environment.yml',
        detector: 'conda',
        reason: expect.stringMatching(/^not valid YAML: .* line \d+/),
      },
    ]);
    expect(run.stderr).toMatch(/environment\.yml: not valid YAML/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('envboot analyze, shipped: a repository over Git smart HTTP', () => {
  let git: GitServer;
  let cache: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'shipped-analyze-git-'));
    cache = mkdtempSync(join(tmpdir(), 'shipped-analyze-cache-'));
    await createBareRepo(root, {
      name: 'conda-gpu',
      files: { 'environment.yml': 'dependencies:\n  - python=3.10\n  - pytorch-cuda=12.1\n  - pytorch\n' },
    });
    git = await startGitServer({ root });
  });
  afterAll(() => git.close());

  // isomorphic-git is the largest module loaded on demand; native git runs as child processes.
  it.each(['native', 'isomorphic'])('fetches and reads it with %s git', async (client) => {
    const run = await runCli(
      [
        'analyze',
        '--repo',
        git.repoUrl('conda-gpu'),
        '--git-client',
        client,
        '--allow-local-http',
        '--no-plan',
      ],
      { env: { XDG_CACHE_HOME: join(cache, client) } },
    );
    const env = envelopeOf(run);
    expect({ ok: env.ok, error: env.error }).toEqual({ ok: true, error: null });
    const data = env.data as AnalysisData;
    expect(data.repo.git).toBe(client);
    expect(data.requirements.runtimes).toEqual({ python: '3.10' });
    expect(data.requirements.gpu.cuda).toBe('12.1');
  });
});
