// Flags every command shares. Declared as data so that `--help` costs nothing but yargs.
import type { Options } from 'yargs';
import type { Envelope } from '../envelope.js';
import type { ArgsOf, ParsedLine } from './flags.js';

export const OUTPUT_OPTIONS = {
  json: {
    type: 'boolean',
    describe:
      'Print the JSON envelope on one line, also on a terminal (the default when stdout is not a terminal)',
  },
  pretty: { type: 'boolean', describe: 'Print the JSON envelope indented' },
  'log-level': {
    type: 'string',
    choices: ['trace', 'debug', 'info', 'warn', 'error', 'silent'],
    describe: 'Logging on stderr (default $ENVBOOT_LOG_LEVEL or info)',
  },
  'log-format': {
    type: 'string',
    choices: ['pretty', 'json'],
    describe:
      'Log lines on stderr: pretty (readable) or json (default $ENVBOOT_LOG_FORMAT; pretty on a terminal, json otherwise)',
  },
  stdin: {
    type: 'boolean',
    describe:
      'Read an upstream envelope from stdin (default: when stdin is not a terminal); --no-stdin never reads it',
  },
} as const satisfies Record<string, Options>;

export const CLOUD_OPTIONS = {
  site: {
    type: 'string',
    alias: 'zone',
    describe:
      'Chameleon site: uc, tacc, nu, ncar, nrp, edge, kvm, or sim (the local simulator; where a simulator announces its sites in ENVBOOT_SIM_SITES, their ids reach the simulated sites)',
  },
  'os-cloud': { type: 'string', describe: 'Entry of clouds.yaml to use (default $OS_CLOUD)' },
  'token-cache': {
    type: 'boolean',
    describe:
      'Share the login token with the next commands of a pipe ($XDG_CACHE_HOME/envboot); --no-token-cache: do not',
  },
} as const satisfies Record<string, Options>;

export const DRY_RUN_OPTIONS = {
  'dry-run': { type: 'boolean', default: false, describe: 'Create nothing; print what would be sent' },
} as const satisfies Record<string, Options>;

export const COMMON_GROUP = 'Common options:';

/** The arguments every step receives after parsing: the shared flags, also camel-cased. */
export type CommonArgs = ParsedLine &
  ArgsOf<typeof OUTPUT_OPTIONS & typeof CLOUD_OPTIONS & typeof DRY_RUN_OPTIONS>;

/** Whether the envelope, when it is printed, is indented (see outputMode for whether it is printed). */
export function wantsPretty(
  args: Pick<CommonArgs, 'json' | 'pretty'>,
  stdoutIsTty = process.stdout.isTTY === true,
) {
  if (args.json) return false;
  if (args.pretty) return true;
  return stdoutIsTty;
}

/**
 * The cloud a command's flags and the envelope piped in choose (the cloud context's input: --site, the piped site,
 * --os-cloud, --no-token-cache); what is not chosen is left out.
 */
export function cloudSelection(
  args: Pick<CommonArgs, 'site' | 'osCloud' | 'tokenCache'> & { 'token-cache'?: unknown },
  upstream: Envelope | undefined,
): { site?: string; pipedSite?: string; osCloud?: string; tokenCache?: false } {
  const piped = upstream?.context?.site;
  return {
    ...(typeof args.site === 'string' && args.site ? { site: args.site } : {}),
    ...(typeof piped === 'string' && piped ? { pipedSite: piped } : {}),
    ...(typeof args.osCloud === 'string' ? { osCloud: args.osCloud } : {}),
    ...(args.tokenCache === false || args['token-cache'] === false ? { tokenCache: false } : {}),
  };
}
