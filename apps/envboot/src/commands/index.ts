// The command table: steps (one envelope in, one out) and tools (validate, sim, …), and the flags each one takes.
import type { Options } from 'yargs';
import { commonOptions, type KnownNames, type StepContext, type StepDefinition } from '@envboot/core/cli';
import type { Kind } from '@envboot/core';
import { capacityCommand } from '@envboot/capacity/cli';
import { leaseCreateCommand } from '@envboot/lease-create/cli';
import { leaseStatusCommand } from '@envboot/lease-status/cli';
import { leaseDeleteCommand } from '@envboot/lease-delete/cli';
import { leaseExtendCommand } from '@envboot/lease-extend/cli';
import { leaseListCommand } from '@envboot/lease-list/cli';
import { leaseRepairCommand } from '@envboot/lease-repair/cli';
import { allocateCommand } from '@envboot/allocate/cli';
import { launchCommand } from '@envboot/launch/cli';
import { provisionCommand } from '@envboot/provision/cli';
import { cleanupCommand, runsCommand } from '@envboot/provision/tools-cli';
import { setupCommand } from '@envboot/provision/setup-cli';
import { analyzeCommand } from '@envboot/analyze/cli';
import { validateTool } from './validate.js';
import { simTool } from './sim.js';
import { loginTool } from './login.js';
import { completionTool } from './completion.js';
import { sshTool } from './ssh.js';
import type { ToolDefinition } from './tool.js';

export type { ToolDefinition };

export const STEPS = [
  analyzeCommand,
  capacityCommand,
  leaseCreateCommand,
  leaseStatusCommand,
  leaseDeleteCommand,
  leaseExtendCommand,
  leaseListCommand,
  leaseRepairCommand,
  allocateCommand,
  launchCommand,
  provisionCommand,
  setupCommand,
  runsCommand,
  cleanupCommand,
] as unknown as StepDefinition<Kind, never, StepContext>[];

export const TOOLS: ToolDefinition[] = [validateTool, simTool, loginTool, sshTool, completionTool];

/** A command as the command line sees it: its names, its flags and its positional arguments. */
export interface CommandSpec {
  name: string;
  aliases: string[];
  summary: string;
  options: Record<string, Options>;
  positionals: string[];
}

export const COMMANDS: CommandSpec[] = [
  ...STEPS.map((s) => ({
    name: s.name,
    aliases: s.aliases ?? [],
    summary: s.summary,
    options: { ...s.options, ...commonOptions(s) },
    positionals: Object.keys(s.positionals ?? {}),
  })),
  ...TOOLS.map((t) => ({
    name: t.name,
    aliases: [],
    summary: t.summary,
    options: t.options,
    positionals: Object.keys(t.positionals ?? {}),
  })),
];

/** The command called `name` (or one of its aliases). */
export function commandNamed(name: string | undefined): CommandSpec | undefined {
  return name === undefined ? undefined : COMMANDS.find((c) => c.name === name || c.aliases.includes(name));
}

/** The flags of a command, long names and aliases; the program's own without one. */
export function flagsOf(spec: CommandSpec | undefined): string[] {
  const own = spec
    ? Object.entries(spec.options).flatMap(([name, o]) => [name, ...[o.alias ?? []].flat()])
    : [];
  return [...own, 'help', 'version'].filter((f) => f.length > 1);
}

/** What usage errors compare an unknown flag or command with. */
export function knownNames(program: string, command: string | undefined): KnownNames {
  const spec = commandNamed(command);
  return {
    program,
    commands: COMMANDS.flatMap((c) => [c.name, ...c.aliases]),
    inCommand: spec !== undefined,
    flags: flagsOf(spec),
  };
}
