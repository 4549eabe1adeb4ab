// The work behind `envboot sim`, loaded only when it runs: start the simulator, print how to reach it, wait for
// SIGINT/SIGTERM, stop cleanly.
import { writeFileSync } from 'node:fs';
import {
  EnvbootError,
  UsageError,
  createCliLogger,
  errorEnvelope,
  exitCodeFor,
  resolveLogFormat,
  resolveLogLevel,
  scrubValue,
  toErrorObject,
} from '@envboot/core';
import {
  CLOSED_OUTPUT_STATUS,
  whenOutputCloses,
  writeEnvelope,
  writeErrorLine,
  type CliIo,
} from '@envboot/core/cli';
import type { Sim } from '@envboot/sim';

interface SimArgs {
  port?: number;
  host?: string;
  speed?: number;
  sites?: string;
  seed?: string;
  faults?: string;
  openrc?: string;
  cloudsYaml?: string;
  persist?: string;
  keystoneUrl?: string;
  liveNodes?: boolean;
  logLevel?: string;
  logFormat?: string;
}

const quote = (v: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);

/**
 * The export lines for the simulator's default identity (also the --openrc file). With `announceSites` (--sites was
 * given) they also name every site in ENVBOOT_SIM_SITES, which the cloud client reads to reach each one by its id.
 */
export function exportLines(sim: Sim, announceSites = false): string {
  const id = sim.identity;
  const vars: Array<[string, string]> = [
    ['OS_AUTH_URL', sim.authUrl],
    ['OS_IDENTITY_API_VERSION', '3'],
    ['OS_INTERFACE', 'public'],
    ['OS_REGION_NAME', id.region],
    ['OS_AUTH_TYPE', 'v3password'],
    ['OS_USERNAME', id.username],
    ['OS_PASSWORD', id.password],
    ['OS_USER_DOMAIN_NAME', id.userDomain],
    ['OS_PROJECT_NAME', id.projectName],
    ['OS_PROJECT_DOMAIN_NAME', id.projectDomain],
    ['ENVBOOT_SIM_URL', sim.url],
  ];
  if (announceSites) vars.push(['ENVBOOT_SIM_SITES', sim.sites.map((s) => `${s.id}=${s.url}`).join(',')]);
  const sites = announceSites
    ? [
        '# Its sites (--site <id> of any envboot command; the same user and project name, a project id of their own):',
        ...sim.sites.map(
          (s) =>
            `#   ${s.id}: ${s.region} at ${s.url} (project id ${s.identity.projectId}, application credential ${s.identity.appCredId})`,
        ),
      ]
    : [];
  return [
    '# envboot sim: a local Chameleon site (the default identity; these credentials exist only in the simulator)',
    ...vars.map(([k, v]) => `export ${k}=${quote(v)}`),
    ...sites,
    '# Or authenticate with its application credential instead of the password:',
    '#   unset OS_USERNAME OS_PASSWORD OS_USER_DOMAIN_NAME OS_PROJECT_NAME OS_PROJECT_DOMAIN_NAME',
    '#   export OS_AUTH_TYPE=v3applicationcredential',
    `#   export OS_APPLICATION_CREDENTIAL_ID=${quote(id.appCredId)}`,
    `#   export OS_APPLICATION_CREDENTIAL_SECRET=${quote(id.appCredSecret)}`,
    "# Or log in as Chameleon's openrc does (OpenID Connect):",
    `#   export OS_AUTH_TYPE=v3oidcpassword OS_IDENTITY_PROVIDER=${sim.oidc.identityProvider} OS_PROTOCOL=${sim.oidc.protocol}`,
    `#   export OS_DISCOVERY_ENDPOINT=${quote(sim.oidc.discoveryUrl)} OS_CLIENT_ID=${sim.oidc.clientId} OS_CLIENT_SECRET=${sim.oidc.clientSecret} OS_ACCESS_TOKEN_TYPE=access_token`,
    '# Or log in as ccauth does (v3chameleonoidc: a device login, kept in $CC_LOGIN_STATE/refresh_token.json):',
    '#   unset OS_USERNAME OS_PASSWORD OS_USER_DOMAIN_NAME OS_PROJECT_NAME OS_PROJECT_DOMAIN_NAME',
    `#   export OS_AUTH_TYPE=v3chameleonoidc OS_IDENTITY_PROVIDER=${sim.oidc.identityProvider} OS_PROTOCOL=${sim.oidc.protocol} OS_PROJECT_ID=${id.projectId}`,
    `#   export OS_DISCOVERY_ENDPOINT=${quote(sim.oidc.discoveryUrl)} OS_CLIENT_ID=${sim.oidc.deviceClientId}`,
    '#   envboot login   # then approve the code it shows, as the simulated user:',
    `#   curl -s -X POST ${quote(`${sim.url}/_sim/oidc/device`)} -d '{"user_code": "XXXX-XXXX"}'`,
    '',
  ].join('\n');
}

/** A clouds.yaml with one password entry per site, named by site id (as ccauth names them with --all-sites). */
export function cloudsYaml(sim: Sim): string {
  const q = (v: string) => JSON.stringify(v);
  const entries = sim.sites.map((s) =>
    [
      `  ${s.id}:`,
      '    auth_type: password',
      '    auth:',
      `      auth_url: ${q(s.authUrl)}`,
      `      username: ${q(s.identity.username)}`,
      `      password: ${q(s.identity.password)}`,
      `      user_domain_name: ${q(s.identity.userDomain)}`,
      `      project_name: ${q(s.identity.projectName)}`,
      `      project_domain_name: ${q(s.identity.projectDomain)}`,
      `    region_name: ${q(s.region)}`,
      '    interface: public',
      '    identity_api_version: 3',
    ].join('\n'),
  );
  return [
    '# envboot sim: one entry per simulated site (these credentials exist only in the simulator)',
    'clouds:',
    ...entries,
    '',
  ].join('\n');
}

/** Writes a file only its owner reads (it holds the simulator's password). */
function writePrivate(file: string, text: string, field: string): void {
  try {
    writeFileSync(file, text, { mode: 0o600 });
  } catch (err) {
    throw new UsageError(
      `cannot write --${field} ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        field,
      },
    );
  }
}

function checkArgs(args: SimArgs): void {
  if (args.port !== undefined && (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got ${String(args.port)}`, {
      field: 'port',
    });
  }
  if (args.speed !== undefined && Number.isNaN(args.speed)) {
    throw new UsageError('--speed must be a number (1 = real time, 60 = one virtual minute per second)', {
      field: 'speed',
    });
  }
}

/** In-process runs stop when the caller's signal aborts, as a process stops at SIGTERM. */
function untilAborted(signal: AbortSignal): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve('SIGTERM');
    else signal.addEventListener('abort', () => resolve('SIGTERM'), { once: true });
  });
}

/** Ctrl-C, SIGTERM, or a stdout or stderr that lost its reader (`envboot sim | head -3`). */
function untilSignal(): Promise<NodeJS.Signals | 'output closed'> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals | 'output closed') => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // A second signal while stopping ends the process at once.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Stopped cleanly rather than at once: --persist saves the state on the way out.
    whenOutputCloses(() => stop('output closed'));
  });
}

export async function runSim(args: SimArgs, io?: CliIo): Promise<number> {
  const logFormat = resolveLogFormat(args.logFormat);
  const log = await createCliLogger({
    name: 'envboot-sim',
    level: resolveLogLevel(args.logLevel),
    pretty: logFormat.format === 'pretty',
    ...(io ? { destination: { write: (line: string) => io.stderr(line) } } : {}),
  });
  if (logFormat.warning) log.warn(logFormat.warning);
  let sim: Sim | undefined;
  try {
    checkArgs(args);
    const { startSim } = await import('@envboot/sim');
    const stopped = io ? untilAborted(io.interrupt ?? new AbortController().signal) : untilSignal();
    sim = await startSim({
      port: args.port,
      host: args.host,
      speed: args.speed,
      sites: args.sites,
      seed: args.seed,
      faults: args.faults,
      persist: args.persist,
      keystoneUrl: args.keystoneUrl,
      liveNodes: args.liveNodes,
      logger: log,
    });
    const lines = exportLines(sim, args.sites !== undefined);
    if (args.openrc) writePrivate(args.openrc, lines, 'openrc');
    if (args.cloudsYaml) writePrivate(args.cloudsYaml, cloudsYaml(sim), 'clouds-yaml');
    if (io) io.stdout(lines);
    else process.stdout.write(lines);
    const signal = await stopped;
    if (signal === 'output closed') {
      log.debug('stdout or stderr lost its reader; stopping the simulator');
      await sim.close();
      return CLOSED_OUTPUT_STATUS;
    }
    log.info({ signal }, `received ${signal}; stopping the simulator`);
    await sim.close();
    return 0;
  } catch (err) {
    await sim?.close();
    const error = scrubValue(toErrorObject(err));
    if (!(err instanceof EnvbootError)) log.debug({ err }, 'internal error');
    await writeEnvelope(errorEnvelope({ kind: 'error' }, error), false, io);
    if (args.logLevel !== 'silent') writeErrorLine('envboot sim', error, io);
    return exitCodeFor(error.code);
  }
}
