// SSH readiness: ACTIVE in Nova is not "can log in". Waits until a server's address answers SSH and the user's key
// logs in, with a real handshake (ssh2). The host key is checked against the fingerprints cloud-init printed on the
// console; with none there, the first key seen is accepted and the result says so.
import { createHash } from 'node:crypto';
import ssh2 from 'ssh2';
import { EnvbootError, InterruptedError, TimeoutError } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';

/** Where to dial: `address` is what the user sees (the floating IP), `host`:`port` where SSH really answers. */
export interface SshTarget {
  address: string;
  host: string;
  port: number;
  user: string;
}

/** The simulator's live nodes stand behind a simulated floating IP: dial their loopback endpoint instead. */
export function sshTargetFor(
  server: { ssh_endpoint?: { host: string; port: number } },
  address: string,
  user: string,
): SshTarget {
  const endpoint = server.ssh_endpoint;
  return endpoint
    ? { address, host: endpoint.host, port: endpoint.port, user }
    : { address, host: address, port: 22, user };
}

/** `SHA256:…` fingerprints in cloud-init's `-----BEGIN SSH HOST KEY FINGERPRINTS-----` block of a console log. */
export function consoleFingerprints(console: string): string[] {
  const found: string[] = [];
  let inside = false;
  for (const line of console.split('\n')) {
    if (line.includes('-----BEGIN SSH HOST KEY FINGERPRINTS-----')) inside = true;
    else if (line.includes('-----END SSH HOST KEY FINGERPRINTS-----')) inside = false;
    else if (inside) {
      const m = /\b(SHA256:[A-Za-z0-9+/]+)/.exec(line);
      if (m) found.push(m[1]!);
    }
  }
  return found;
}

/** The fingerprint OpenSSH shows for a raw host key blob. */
export function hostKeyFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

export type SshProgress =
  | { kind: 'waiting'; message: string; reason: string }
  | { kind: 'host-key'; message: string }
  | { kind: 'logged-in'; message: string };

export interface SshReady {
  address: string;
  user: string;
  host_key: { fingerprint: string; source: 'console' | 'first-seen' };
  attempts: number;
  waited_ms: number;
}

export interface WaitSshOptions {
  target: SshTarget;
  /** The private key (OpenSSH or PEM text) of the key pair the server was booted with. Never logged. */
  privateKey: string | Buffer;
  /** From the console log; empty = accept the first key seen. */
  fingerprints: string[];
  timeoutMs: number;
  /** Longest pause between attempts (default 5 s); the first attempt is immediate. */
  maxIntervalMs?: number;
  /** How long one handshake may take before it counts as no answer (default 10 s). */
  attemptTimeoutMs?: number;
  onProgress?: (p: SshProgress) => void;
  signal?: AbortSignal;
  /** For the hints of the errors. */
  hints?: { keyName?: string | null; securityGroups?: string[] | null };
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

type Outcome =
  | { ok: true; fingerprint: string }
  | { ok: false; kind: 'refused' | 'no-answer' | 'auth' | 'host-key'; detail: string; fingerprint?: string };

/** Waits until `target` answers SSH and the key logs in; SSH_AUTH, SSH_REFUSED or TIMEOUT when it does not. */
export async function waitForSsh(o: WaitSshOptions): Promise<SshReady> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? sleepReal;
  const started = now();
  const { address, user } = o.target;
  let attempts = 0;
  let pause = 1000;
  for (;;) {
    if (o.signal?.aborted) throw new InterruptedError();
    attempts++;
    const left = o.timeoutMs - (now() - started);
    const outcome = await attempt(o, Math.max(1000, Math.min(o.attemptTimeoutMs ?? 10_000, left)));
    if (outcome.ok) {
      const source = o.fingerprints.length > 0 ? 'console' : 'first-seen';
      o.onProgress?.({ kind: 'logged-in', message: `${address}: logged in as ${user}` });
      return {
        address,
        user,
        host_key: { fingerprint: outcome.fingerprint, source },
        attempts,
        waited_ms: now() - started,
      };
    }
    if (outcome.kind === 'auth') throw authError(o, outcome.detail);
    if (outcome.kind === 'host-key') throw hostKeyError(o, outcome.fingerprint ?? '?');
    const elapsed = now() - started;
    o.onProgress?.({
      kind: 'waiting',
      reason: outcome.kind,
      message: `${address}: ${outcome.detail} (${formatElapsed(elapsed)})`,
    });
    if (elapsed >= o.timeoutMs) throw gaveUp(o, outcome.kind, outcome.detail, elapsed, attempts);
    await sleep(Math.min(pause, o.timeoutMs - elapsed), o.signal);
    pause = Math.min(pause * 2, o.maxIntervalMs ?? 5000);
  }
}

/** One handshake and login; every failure is an outcome, so the loop decides what is worth another try. */
function attempt(o: WaitSshOptions, readyTimeout: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const client = new ssh2.Client();
    let seen: string | null = null;
    let mismatch = false;
    const finish = (out: Outcome) => {
      client.removeAllListeners();
      client.on('error', () => {}); // late socket errors after the verdict have nothing left to tell
      client.destroy();
      resolve(out);
    };
    client.on('ready', () => finish({ ok: true, fingerprint: seen ?? '' }));
    client.on('error', (err: Error & { code?: string; level?: string }) => {
      if (mismatch)
        return finish({ ok: false, kind: 'host-key', detail: err.message, fingerprint: seen ?? '' });
      if (err.level === 'client-authentication')
        return finish({ ok: false, kind: 'auth', detail: 'the key was not accepted' });
      if (err.code === 'ECONNREFUSED')
        return finish({ ok: false, kind: 'refused', detail: 'connection refused' });
      if (err.level === 'client-timeout')
        return finish({ ok: false, kind: 'no-answer', detail: 'no SSH answer in time' });
      finish({ ok: false, kind: 'no-answer', detail: err.code ? `${err.code}` : err.message });
    });
    client.connect({
      host: o.target.host,
      port: o.target.port,
      username: o.target.user,
      privateKey: o.privateKey,
      readyTimeout,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        seen = hostKeyFingerprint(key);
        if (o.fingerprints.length > 0 && !o.fingerprints.includes(seen)) {
          mismatch = true;
          return false;
        }
        const how =
          o.fingerprints.length > 0 ? 'matches the console log' : 'first seen, the console log shows none';
        o.onProgress?.({
          kind: 'host-key',
          message: `${o.target.address}: host key accepted (${seen}, ${how})`,
        });
        return true;
      },
    });
  });
}

function authError(o: WaitSshOptions, detail: string): EnvbootError {
  const key = o.hints?.keyName
    ? `the key pair "${o.hints.keyName}"`
    : 'the key pair the server was booted with';
  return new EnvbootError(
    'SSH_AUTH',
    `${o.target.address}: SSH answered but ${detail} for ${o.target.user}`,
    {
      hint: `log in with the private key of ${key} (a server booted without a key pair accepts none)`,
      details: { address: o.target.address, user: o.target.user, key_name: o.hints?.keyName ?? null },
    },
  );
}

function hostKeyError(o: WaitSshOptions, seen: string): EnvbootError {
  return new EnvbootError(
    'SSH_AUTH',
    `${o.target.address}: the host key ${seen} is not the one the console shows`,
    {
      hint: 'another machine may answer at this address (a floating IP reused?); check the server console log',
      details: { address: o.target.address, host_key: seen, console_fingerprints: o.fingerprints },
    },
  );
}

function gaveUp(
  o: WaitSshOptions,
  kind: string,
  detail: string,
  elapsed: number,
  attempts: number,
): EnvbootError {
  const details = { address: o.target.address, last_error: detail, attempts, waited_ms: elapsed };
  const groups = o.hints?.securityGroups?.length ? o.hints.securityGroups.join(', ') : 'default';
  if (kind === 'refused') {
    return new EnvbootError(
      'SSH_REFUSED',
      `${o.target.address}: SSH still refused after ${formatElapsed(elapsed)}`,
      {
        hint: `the server may still be booting (bare metal takes minutes; wait longer with --ssh-timeout); check that security group(s) ${groups} allow TCP 22`,
        details,
        retryable: true,
      },
    );
  }
  return new TimeoutError(`${o.target.address}: no SSH login after ${formatElapsed(elapsed)} (${detail})`, {
    hint: `check that the floating IP ${o.target.address} is attached to the server and that security group(s) ${groups} allow TCP 22`,
    details,
  });
}

function sleepReal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError());
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      },
      Math.max(0, ms),
    );
    function abort() {
      clearTimeout(timer);
      reject(new InterruptedError());
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
