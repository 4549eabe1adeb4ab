// Git servers that misbehave, in front of (or instead of) the local git http-backend: one that wants credentials,
// one whose error message is a wall of text, one that never answers.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  /** Authorization headers the server received, in order. */
  seenAuth: string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function closer(server: Server) {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** A private repository: every request must carry Basic credentials `user:password`, then goes to `upstream`. */
export async function startPrivateGit(upstream: string, user: string, password: string): Promise<TestServer> {
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const seenAuth: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const auth = req.headers.authorization ?? '';
    seenAuth.push(auth);
    if (auth !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private"' }).end();
      return;
    }
    const target = new URL(req.url ?? '/', upstream);
    const proxied = request(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  });
  return { url: await listen(server), seenAuth, close: closer(server) };
}

/** A smart-HTTP server whose only answer is Git's "ERR" packet with `message` (up to a packet's 65,516 bytes). */
export async function startErrGit(message: string): Promise<TestServer> {
  const line = `ERR ${message}\n`;
  const packet = `${(line.length + 4).toString(16).padStart(4, '0')}${line}`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/x-git-upload-pack-advertisement' });
    res.end(`001e# service=git-upload-pack\n0000${packet}`);
  });
  return { url: await listen(server), seenAuth: [], close: closer(server) };
}

/** A server that accepts connections and never answers: a clone that stalls. */
export async function startSilentGit(): Promise<TestServer> {
  const server = createServer(() => {
    /* never answers */
  });
  return { url: await listen(server), seenAuth: [], close: closer(server) };
}
