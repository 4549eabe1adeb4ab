// A tool (validate, sim, …): a command that is not a step of the pipe, with its flags declared as data so that
// usage errors and shell completion know them without running its builder.
import type { CommandModule, Options } from 'yargs';
import type { CommandHost } from '@envboot/core/cli';

export interface ToolDefinition {
  name: string;
  summary: string;
  options: Record<string, Options>;
  positionals?: Record<string, { describe: string; type?: 'string' | 'number'; choices?: string[] }>;
  command(host: CommandHost): CommandModule;
}
