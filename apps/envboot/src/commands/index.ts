// The command table: steps (one envelope in, one out) and tools (validate, sim, …).
import type { CommandModule } from 'yargs';
import type { CommandHost, StepContext, StepDefinition } from '@envboot/core/cli';
import type { Kind } from '@envboot/core';
import { capacityCommand } from '@envboot/capacity/cli';
import { leaseCreateCommand } from '@envboot/lease-create/cli';
import { leaseStatusCommand } from '@envboot/lease-status/cli';
import { leaseDeleteCommand } from '@envboot/lease-delete/cli';
import { allocateCommand } from '@envboot/allocate/cli';
import { launchCommand } from '@envboot/launch/cli';
import { provisionCommand } from '@envboot/provision/cli';
import { cleanupCommand, runsCommand } from '@envboot/provision/tools-cli';
import { analyzeCommand } from '@envboot/analyze/cli';
import { validateCommand } from './validate.js';
import { simCommand } from './sim.js';

export type Tool = (host: CommandHost) => CommandModule;

export const STEPS = [
  analyzeCommand,
  capacityCommand,
  leaseCreateCommand,
  leaseStatusCommand,
  leaseDeleteCommand,
  allocateCommand,
  launchCommand,
  provisionCommand,
  runsCommand,
  cleanupCommand,
] as unknown as StepDefinition<Kind, never, StepContext>[];

export const TOOLS: Tool[] = [validateCommand, simCommand];
