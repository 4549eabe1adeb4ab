// A local Git smart-HTTP server for tests and demos: `git http-backend` behind a small Node HTTP server on
// 127.0.0.1, serving every bare repository under one directory, read-only. Native git (protocol v2, partial
// clone) and isomorphic-git (protocol v1) both clone from it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const HTTP_BACKEND_CANDIDATES = [
  '/usr/lib/git-core/git-http-backend',
  '/usr/libexec/git-core/git-http-backend',
];

export interface GitRequest {
  method: string;
  /** Path and query, e.g. "/demo.git/info/refs?service=git-upload-pack". */
  url: string;
  status: number;
  /** Bytes of response body sent. */
  bytes: number;
}

export interface GitServerOptions {
  /** Directory holding bare repositories: <root>/<name>.git is served as <url>/<name>.git. */
  root: string;
  /** Delay before each response, to test time limits. */
  delayMs?: number;
  /** Extra git configuration for every served repository (on top of uploadpack.allowFilter=true). */
  config?: Record<string, string>;
}

export interface GitServer {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  root: string;
  /** Every request served so far, in order. */
  requests: GitRequest[];
  /** The clone URL of <root>/<name>.git. */
  repoUrl(name: string): string;
  /** Change the per-response delay at run time. */
  setDelay(ms: number): void;
  /** Hold every request from now on unanswered, until release(): a Git server that stalls, with no clock. */
  hold(): void;
  /** Answer the held requests (and the later ones at once); returns how many were held. */
  release(): number;
  close(): Promise<void>;
}

export function gitHttpBackendPath(): string {
  const found = HTTP_BACKEND_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('git http-backend not found: install git');
  return found;
}

export async function startGitServer(options: GitServerOptions): Promise<GitServer> {
  const backend = gitHttpBackendPath();
  const requests: GitRequest[] = [];
  let delayMs = options.delayMs ?? 0;
  const config: Record<string, string> = {
    'uploadpack.allowFilter': 'true',
    'uploadpack.allowAnySHA1InWant': 'true',
    ...options.config,
  };
  const configEnv: Record<string, string> = { GIT_CONFIG_COUNT: String(Object.keys(config).length) };
  Object.entries(config).forEach(([key, value], i) => {
    configEnv[`GIT_CONFIG_KEY_${i}`] = key;
    configEnv[`GIT_CONFIG_VALUE_${i}`] = value;
  });

  let held: Array<() => void> | null = null;
  const server = createServer((req, res) => {
    const serve = () => handle(req, res);
    if (held) held.push(serve);
    else if (delayMs > 0) setTimeout(serve, delayMs);
    else serve();
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: GitRequest = { method: req.method ?? 'GET', url: req.url ?? '/', status: 0, bytes: 0 };
    requests.push(record);
    const child = spawn(backend, [], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: options.root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: options.root,
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: req.headers['content-length'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
        ...configEnv,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    req.pipe(child.stdin);
    child.stdin.on('error', () => {});
    child.stderr.resume();

    // CGI output: header lines, a blank line, then the body.
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        record.bytes += chunk.length;
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const sep = findHeaderEnd(head);
      if (!sep) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, sep.index).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
        else res.setHeader(name, value);
      }
      record.status = status;
      res.statusCode = status;
      const body = head.subarray(sep.index + sep.length);
      record.bytes += body.length;
      if (body.length) res.write(body);
    });
    child.on('close', () => {
      if (!headersDone) {
        record.status = 502;
        res.statusCode = 502;
      }
      res.end();
    });
    child.on('error', () => {
      record.status = 500;
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
    res.on('close', () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    port,
    root: options.root,
    requests,
    repoUrl: (name) => `${base}/${name.endsWith('.git') ? name : `${name}.git`}`,
    setDelay: (ms) => {
      delayMs = ms;
    },
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const serve of waiting) serve();
      return waiting.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function findHeaderEnd(buf: Buffer): { index: number; length: number } | null {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { index: crlf, length: 4 };
  if (lf >= 0) return { index: lf, length: 2 };
  return null;
}
