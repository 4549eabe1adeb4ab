// The command table: steps (one envelope in, one out) and tools (validate, sim, …).
import type { CommandModule } from 'yargs';
import type { CommandHost, StepContext, StepDefinition } from '@envboot/core/cli';
import type { Kind } from '@envboot/core';
import { validateCommand } from './validate.js';
import { simCommand } from './sim.js';

export type Tool = (host: CommandHost) => CommandModule;

export const STEPS: StepDefinition<Kind, never, StepContext>[] = [];

export const TOOLS: Tool[] = [validateCommand, simCommand];
