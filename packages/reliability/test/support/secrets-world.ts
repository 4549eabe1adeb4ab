// One world of the secrets test: a simulator of its own behind an echoing gate, an OpenAI-compatible model, a
// private HOME (with TMPDIR and the working directory inside it, so that whatever a command writes is searched),
// four secrets unique to the world and a wrong one for the credential the world authenticates with.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENVBOOT_BIN, type CliRun } from '@envboot/testkit';
import { startGate, type Gate } from './secrets-gate.js';
import { startModel, type Model } from './secrets-model.js';
import type { Secret } from './secrets-search.js';
import { startWorld, type World } from './world.js';

export type AuthKind = 'password' | 'appcred' | 'oidc';

export interface WorldSecrets {
  password: Secret;
  appCredSecret: Secret;
  clientSecret: Secret;
  openaiKey: Secret;
  /** The world's own credential, but not the one the site accepts. */
  wrong: Secret;
}

export interface SecretsWorld {
  kind: AuthKind;
  world: World;
  gate: Gate;
  model: Model;
  secrets: WorldSecrets;
  /** Where the commands run (inside HOME). */
  cwd: string;
  /** The environment of a run: the right credential, or the wrong one (and no token cache to fall back on). */
  env(credential: 'right' | 'wrong'): NodeJS.ProcessEnv;
  close(): Promise<void>;
}

/** A secret whose value is `prefix`, a random core and `suffix`: the signs in it change when it is encoded. */
function secret(label: string, [prefix, suffix]: readonly [string, string]): Secret {
  const core = randomBytes(9).toString('hex');
  return { label, value: `${prefix}${core}${suffix}`, core };
}

const SECRET_SHAPES = {
  password: ['Pw+', '/&=x%'],
  appCredSecret: ['Ac+', '/=~'],
  clientSecret: ['Cs+', '/=&'],
  openaiKey: ['oa-', '-key'],
} as const;

/** The credential each world authenticates with, and so gets wrong in its failing runs. */
const WRONG_SHAPE = { password: 'password', appcred: 'appCredSecret', oidc: 'clientSecret' } as const;
const WRONG_LABEL = {
  password: 'password',
  appcred: 'application-credential secret',
  oidc: 'OIDC client secret',
} as const;

/** An unrestricted application credential of the simulator's user with the given secret; its id. */
async function createAppCredential(world: World, value: string): Promise<string> {
  const { sim } = world;
  const auth = await fetch(`${sim.authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: {
            user: {
              name: sim.identity.username,
              domain: { name: 'Default' },
              password: sim.identity.password,
            },
          },
        },
        scope: { project: { id: sim.identity.projectId } },
      },
    }),
  });
  const token = auth.headers.get('x-subject-token');
  if (!token) throw new Error(`the simulator refused its own identity: ${auth.status}`);
  const res = await fetch(`${sim.authUrl}/users/${sim.identity.userId}/application_credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-auth-token': token },
    body: JSON.stringify({
      application_credential: { name: 'secrets-test', secret: value, unrestricted: true },
    }),
  });
  const body = (await res.json()) as { application_credential?: { id?: string } };
  const id = body.application_credential?.id;
  if (res.status !== 201 || !id) throw new Error(`could not create an application credential: ${res.status}`);
  return id;
}

export async function startSecretsWorld(kind: AuthKind, speed: number): Promise<SecretsWorld> {
  const of = `(${kind} world)`;
  const secrets: WorldSecrets = {
    password: secret(`password ${of}`, SECRET_SHAPES.password),
    appCredSecret: secret(`application-credential secret ${of}`, SECRET_SHAPES.appCredSecret),
    clientSecret: secret(`OIDC client secret ${of}`, SECRET_SHAPES.clientSecret),
    openaiKey: secret(`OpenAI key ${of}`, SECRET_SHAPES.openaiKey),
    wrong: secret(`wrong ${WRONG_LABEL[kind]} ${of}`, SECRET_SHAPES[WRONG_SHAPE[kind]]),
  };
  const world = await startWorld({ speed });
  const gate = await startGate(world.sim.url, {
    password: { from: secrets.password.value, to: world.sim.identity.password },
    clientSecret: { from: secrets.clientSecret.value, to: world.sim.oidc.clientSecret },
  });
  const model = await startModel(secrets.openaiKey.value);
  const close = async () => {
    await Promise.all([gate.close(), model.close()]);
    await world.close();
  };
  const appCredId = await createAppCredential(world, secrets.appCredSecret.value).catch(
    async (err: unknown) => {
      await close();
      throw err;
    },
  );
  const cwd = join(world.home, 'work');
  const tmp = join(world.home, 'tmp');
  mkdirSync(cwd, { recursive: true });
  mkdirSync(tmp, { recursive: true });

  const { sim } = world;
  const common: NodeJS.ProcessEnv = {
    ...world.env,
    ENVBOOT_SIM_URL: gate.url,
    ENVBOOT_LOG_LEVEL: 'debug',
    ENVBOOT_LOG_FORMAT: 'json',
    TMPDIR: tmp,
    OS_AUTH_URL: `${gate.url}/v3`,
    OS_IDENTITY_API_VERSION: '3',
    OS_INTERFACE: 'public',
    OS_REGION_NAME: sim.identity.region,
    // Every secret is set in every run, whichever one the run authenticates with.
    OS_PASSWORD: secrets.password.value,
    OS_APPLICATION_CREDENTIAL_SECRET: secrets.appCredSecret.value,
    OS_CLIENT_SECRET: secrets.clientSecret.value,
    OPENAI_API_KEY: secrets.openaiKey.value,
    OPENAI_BASE_URL: model.baseUrl,
    OPENAI_MODEL: 'secrets-model',
  };
  const byKind: Record<AuthKind, NodeJS.ProcessEnv> = {
    password: {
      OS_AUTH_TYPE: 'v3password',
      OS_USERNAME: sim.identity.username,
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_NAME: sim.identity.projectName,
      OS_PROJECT_DOMAIN_NAME: 'Default',
    },
    appcred: { OS_AUTH_TYPE: 'v3applicationcredential', OS_APPLICATION_CREDENTIAL_ID: appCredId },
    oidc: {
      OS_AUTH_TYPE: 'v3oidcpassword',
      OS_IDENTITY_PROVIDER: sim.oidc.identityProvider,
      OS_PROTOCOL: sim.oidc.protocol,
      OS_DISCOVERY_ENDPOINT: sim.oidc.discoveryUrl.replace(sim.url, gate.url),
      OS_CLIENT_ID: sim.oidc.clientId,
      OS_ACCESS_TOKEN_TYPE: 'access_token',
      OS_USERNAME: sim.identity.username,
      OS_PROJECT_NAME: sim.identity.projectName,
      OS_PROJECT_DOMAIN_NAME: 'Default',
    },
  };
  const wrongVariable = {
    password: 'OS_PASSWORD',
    appcred: 'OS_APPLICATION_CREDENTIAL_SECRET',
    oidc: 'OS_CLIENT_SECRET',
  }[kind];

  return {
    kind,
    world,
    gate,
    model,
    secrets,
    cwd,
    env: (credential) =>
      credential === 'right'
        ? { ...common, ...byKind[kind], ENVBOOT_TOKEN_CACHE: '1' }
        : { ...common, ...byKind[kind], ENVBOOT_TOKEN_CACHE: '0', [wrongVariable]: secrets.wrong.value },
    close,
  };
}

/** The built bin as a child process in `cwd` (the reliability suite's runChild, with a working directory). */
export function runIn(
  cwd: string,
  args: string[],
  o: { env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--', ENVBOOT_BIN, ...args], { cwd, env: o.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(o.input ?? '');
  });
}
