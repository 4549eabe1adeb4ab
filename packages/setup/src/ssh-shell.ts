// A shell on the node over one SSH connection (ssh2), for following a set-up: every command of the follow goes
// through it, and the host must show the key recorded when the run first logged in (nothing is trusted blindly).
import ssh2 from 'ssh2';
import type { NodeShell } from './follow.js';
import { NodeShellError } from './shell-error.js';

export interface NodeAddress {
  host: string;
  port: number;
  user: string;
  /** The host key recorded by the SSH readiness check (base64 blob, as known_hosts holds it). */
  hostKey: string;
}

export type Login = { privateKey: Buffer | string } | { agent: string };

export interface SshNodeShell extends NodeShell {
  close(): void;
}

/** Opens the connection; commands then run over it, each in its own channel. */
export function connectNodeShell(
  address: NodeAddress,
  login: Login,
  timeoutMs = 30_000,
): Promise<SshNodeShell> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    let keyMismatch = false;
    client.once('ready', () => {
      client.removeAllListeners('error');
      // An error after the connection is up ends the commands under way (their channels close).
      client.on('error', () => {});
      resolve({
        exec: (command, input) => execOn(client, command, input),
        close: () => client.end(),
      });
    });
    client.once('error', (err: Error & { level?: string }) => {
      client.destroy();
      if (keyMismatch)
        return reject(
          new NodeShellError(
            `${address.host}: the host key is not the one recorded when the run logged in`,
            'host-key',
          ),
        );
      reject(
        new NodeShellError(
          `${address.host}:${address.port}: ${err.level === 'client-authentication' ? 'the key was not accepted' : err.message}`,
          err.level === 'client-authentication' ? 'auth' : 'connect',
        ),
      );
    });
    client.connect({
      host: address.host,
      port: address.port,
      username: address.user,
      ...login,
      readyTimeout: timeoutMs,
      keepaliveInterval: 15_000,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        keyMismatch = key.toString('base64') !== address.hostKey;
        return !keyMismatch;
      },
    });
  });
}

function execOn(
  client: ssh2.Client,
  command: string,
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // No channel: the connection dropped since the last command (ssh2 throws "Not connected", or answers an error).
    const lost = (err: Error) =>
      reject(new NodeShellError(`the connection to the node was lost: ${err.message}`, 'lost'));
    const opened = (err: Error | undefined, stream: ssh2.ClientChannel) => {
      if (err) return lost(err);
      const out: Buffer[] = [];
      const errs: Buffer[] = [];
      stream.on('data', (d: Buffer) => out.push(d));
      stream.stderr.on('data', (d: Buffer) => errs.push(d));
      stream.on('close', (code: number | null, signal?: string) =>
        resolve({
          // A command ended by a signal has no exit status: 128 + nothing known, as a shell reports.
          code: code ?? (signal ? 128 : 255),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(errs).toString('utf8'),
        }),
      );
      stream.end(input ?? '');
    };
    try {
      client.exec(command, opened);
    } catch (err) {
      if (err instanceof Error && err.message === 'Not connected') lost(err);
      else reject(err);
    }
  });
}
