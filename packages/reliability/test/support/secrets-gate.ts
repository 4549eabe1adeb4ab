// A gate in front of a simulator that plays a careless cloud: every error it answers echoes back what the request
// carried (its Authorization and X-Auth-Token headers, its raw body, the password, secret or client secret it held),
// and every URL of the simulator in an answer (the catalog, the OIDC discovery document) is rewritten to the gate's,
// so every call of a command goes through it. It also lets the secrets of a test stand in for the simulator's fixed
// ones: a request with the expected password or OIDC client secret reaches the simulator with the simulator's own.
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** A secret the command sends (`from`) and what the simulator accepts instead (`to`). */
export interface Substitute {
  from: string;
  to: string;
}

export interface GateOptions {
  /** The Keystone password and the identity provider's password grant. */
  password: Substitute;
  /** The identity provider's client secret (HTTP Basic). */
  clientSecret: Substitute;
}

/** What kind of call it was, for the test to tell that a case reached where it was meant to. */
export type CallKind =
  | 'keystone-password'
  | 'keystone-appcred'
  | 'keystone-other'
  | 'idp-discovery'
  | 'idp-token'
  | 'federation'
  | 'service';

export interface GateCall {
  kind: CallKind;
  method: string;
  path: string;
  status: number;
  /** The text added to the error answer, if it was one. */
  echo: string | null;
}

export interface Gate {
  url: string;
  calls: GateCall[];
  close(): Promise<void>;
}

const OIDC_TOKEN = /\/protocol\/openid-connect\/token$/;
const MAX_ECHO_BODY = 4000;

function kindOf(method: string, path: string, body: string): CallKind {
  if (method === 'POST' && path === '/v3/auth/tokens') {
    if (body.includes('"application_credential"')) return 'keystone-appcred';
    if (body.includes('"password"')) return 'keystone-password';
    return 'keystone-other';
  }
  if (path.endsWith('/.well-known/openid-configuration')) return 'idp-discovery';
  if (OIDC_TOKEN.test(path)) return 'idp-token';
  if (path.startsWith('/v3/OS-FEDERATION/')) return 'federation';
  return path.startsWith('/v3') ? 'keystone-other' : 'service';
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The secrets a request carried, in the words a careless server would use to echo them. */
function carried(headers: IncomingHttpHeaders, body: string, kind: CallKind): string[] {
  const parts: string[] = [];
  const authorization = one(headers.authorization);
  if (authorization) {
    parts.push(`Authorization ${authorization}`);
    const basic = /^basic\s+(.+)$/i.exec(authorization)?.[1];
    if (basic) parts.push(`client credentials ${Buffer.from(basic, 'base64').toString('utf8')}`);
  }
  const token = one(headers['x-auth-token']);
  if (token) parts.push(`X-Auth-Token ${token}`);
  if (kind === 'keystone-password' || kind === 'keystone-appcred') {
    try {
      const identity = (JSON.parse(body) as { auth?: { identity?: Record<string, unknown> } }).auth?.identity;
      const password = (identity?.password as { user?: { password?: unknown } } | undefined)?.user?.password;
      const secret = (identity?.application_credential as { secret?: unknown } | undefined)?.secret;
      if (typeof password === 'string') parts.push(`password ${password}`);
      if (typeof secret === 'string') parts.push(`secret ${secret}`);
    } catch {
      /* not JSON: the raw body below says it all */
    }
  }
  if (kind === 'idp-token') {
    const password = new URLSearchParams(body).get('password');
    if (password !== null) parts.push(`password ${password}`);
  }
  if (body) parts.push(`body ${body.slice(0, MAX_ECHO_BODY)}`);
  return parts;
}

/** The error answer with the echo appended to every message it has (Keystone, Blazar, Nova, Neutron, OAuth). */
function withEcho(text: string, echo: string): string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return `${text} ${echo}`;
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return `${text} ${echo}`;
  const top = doc as Record<string, unknown>;
  let added = false;
  for (const key of ['message', 'error_message', 'error_description', 'detail', 'description']) {
    if (typeof top[key] === 'string') {
      top[key] = `${top[key]} ${echo}`;
      added = true;
    }
  }
  for (const inner of Object.values(top)) {
    if (inner && typeof inner === 'object' && typeof (inner as { message?: unknown }).message === 'string') {
      (inner as { message: string }).message += ` ${echo}`;
      added = true;
    }
  }
  if (!added) top.message = echo;
  return JSON.stringify(top);
}

/** The request as the simulator gets it: the test's secrets swapped for the simulator's fixed ones. */
function substituted(
  kind: CallKind,
  headers: IncomingHttpHeaders,
  body: string,
  o: GateOptions,
): { headers: IncomingHttpHeaders; body: string } {
  if (kind === 'keystone-password') {
    try {
      const doc = JSON.parse(body) as { auth: { identity: { password: { user: { password: string } } } } };
      const user = doc.auth.identity.password.user;
      if (user.password === o.password.from) user.password = o.password.to;
      return { headers, body: JSON.stringify(doc) };
    } catch {
      return { headers, body };
    }
  }
  if (kind === 'idp-token') {
    const form = new URLSearchParams(body);
    if (form.get('password') === o.password.from) form.set('password', o.password.to);
    const out = { ...headers };
    const basic = /^basic\s+(.+)$/i.exec(one(headers.authorization) ?? '')?.[1];
    if (basic) {
      const decoded = Buffer.from(basic, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon >= 0 && decoded.slice(colon + 1) === o.clientSecret.from) {
        const credentials = `${decoded.slice(0, colon)}:${o.clientSecret.to}`;
        out.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
      }
    }
    return { headers: out, body: form.toString() };
  }
  return { headers, body };
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startGate(upstream: string, options: GateOptions): Promise<Gate> {
  const calls: GateCall[] = [];
  const target = new URL(upstream);
  let self = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const raw = (await readAll(req)).toString('utf8');
      const url = new URL(req.url ?? '/', upstream);
      const kind = kindOf(req.method ?? 'GET', url.pathname, raw);
      const sent = substituted(kind, req.headers, raw, options);
      const headers: IncomingHttpHeaders = { ...sent.headers, host: target.host };
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      if (sent.body) headers['content-length'] = String(Buffer.byteLength(sent.body));
      const answer = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) => {
          const forwarded = request(url, { method: req.method, headers }, (up) => {
            readAll(up)
              .then((body) => resolve({ status: up.statusCode ?? 502, headers: up.headers, body }))
              .catch(reject);
          });
          forwarded.on('error', reject);
          forwarded.end(sent.body);
        },
      );
      // The simulator's own address becomes the gate's, in the body and in headers such as Location.
      let text = answer.body.toString('utf8').split(upstream).join(self);
      let echo: string | null = null;
      if (answer.status >= 400) {
        echo = `(the request carried: ${carried(req.headers, raw, kind).join('; ')})`;
        text = withEcho(text, echo);
      }
      calls.push({ kind, method: req.method ?? 'GET', path: url.pathname, status: answer.status, echo });
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value === undefined || name === 'content-length' || name === 'transfer-encoding') continue;
        if (name === 'connection' || name === 'keep-alive') continue;
        out[name] = Array.isArray(value)
          ? value.map((v) => v.split(upstream).join(self))
          : value.split(upstream).join(self);
      }
      const body = answer.status === 204 || answer.status === 304 ? '' : text;
      res.writeHead(answer.status, { ...out, 'content-length': String(Buffer.byteLength(body)) }).end(body);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: self,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
