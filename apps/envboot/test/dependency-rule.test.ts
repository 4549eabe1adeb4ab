// The dependency rule of docs/architecture.md is enforced by lint: a forbidden import, of any kind, fails `eslint`
// (and so CI), and the imports the layers allow pass.
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '@envboot/testkit';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The dependency-rule messages ESLint gives `code` as if it were the file at `path` of the repository. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${path}` });
  return result!.messages
    .filter(
      (m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-syntax',
    )
    .map((m) => m.message);
}

describe('the dependency rule, in lint', () => {
  it.each([
    [
      'the cloud client importing the command line',
      'packages/openstack/src/x.ts',
      "import { defineStep } from '@envboot/core/cli';\nexport const x = defineStep;\n",
    ],
    [
      'core importing anything of ours',
      'packages/core/src/x.ts',
      "import { connect } from '@envboot/openstack';\nexport const x = connect;\n",
    ],
    [
      'core importing a type of ours',
      'packages/core/src/x.ts',
      "import type { Cloud } from '@envboot/openstack';\nexport type X = Cloud;\n",
    ],
    [
      'the simulator importing the client, lazily',
      'packages/sim/src/x.ts',
      "export const x = () => import('@envboot/openstack');\n",
    ],
    [
      'a command importing another',
      'packages/capacity/src/x.ts',
      "import { run } from '@envboot/launch';\nexport const x = run;\n",
    ],
    [
      'a command importing another, lazily',
      'packages/lease-create/src/x.ts',
      "export const x = () => import('@envboot/lease-status');\n",
    ],
    [
      'provision reaching into a command',
      'packages/provision/src/x.ts',
      "import { waitActive } from '@envboot/launch/src/servers.js';\nexport const x = waitActive;\n",
    ],
    [
      'provision calling a cloud service itself',
      'packages/provision/src/x.ts',
      "import { nova } from '@envboot/openstack';\nexport const x = nova;\n",
    ],
    [
      'the client importing the simulator',
      'packages/openstack/src/x.ts',
      "import { startSim } from '@envboot/sim';\nexport const x = startSim;\n",
    ],
  ])('fails %s', async (_what, path, code) => {
    const found = await problems(path, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(/dependency rule|entry points|through the steps/);
  });

  it.each([
    [
      'the client importing core',
      'packages/openstack/src/x.ts',
      "import { UsageError } from '@envboot/core';\nexport const x = UsageError;\n",
    ],
    [
      'a command importing the client and leases',
      'packages/launch/src/x.ts',
      "import { nova } from '@envboot/openstack';\nimport { findLease } from '@envboot/leases';\nexport const x = [nova, findLease];\n",
    ],
    [
      'provision importing a command',
      'packages/provision/src/x.ts',
      "import { run } from '@envboot/launch';\nexport const x = () => import('@envboot/capacity').then(() => run);\n",
    ],
    [
      'provision taking a type from the client',
      'packages/provision/src/x.ts',
      "import type { Cloud } from '@envboot/openstack';\nexport type X = Cloud;\n",
    ],
    [
      'provision importing a public sub-entry',
      'packages/provision/src/x.ts',
      "import type { AnalyzeInput } from '@envboot/analyze/input';\nexport type X = AnalyzeInput;\n",
    ],
  ])('passes %s', async (_what, path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});
