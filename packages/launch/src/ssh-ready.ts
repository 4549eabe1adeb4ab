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

/** A host key as a known_hosts line holds it: its type (the blob's first field) and the blob in base64. */
export function hostKeyText(key: Buffer): { type: string; key: string } {
  const length = key.length >= 4 ? key.readUInt32BE(0) : 0;
  const type = key.subarray(4, 4 + length).toString('latin1');
  return { type, key: key.toString('base64') };
}

export type SshProgress =
  | { kind: 'waiting'; message: string; reason: string }
  | { kind: 'host-key'; message: string }
  | { kind: 'logged-in'; message: string };

/** A server that answered SSH and let the key log in: where, as whom, and the host key it showed. */
export interface SshReady {
  address: string;
  /** Where SSH answered (the address itself on a real cloud; the simulator's live node). */
  host: string;
  port: number;
  user: string;
  host_key: {
    type: string;
    /** The public host key (base64), as a known_hosts line holds it. */
    key: string;
    fingerprint: string;
    /** `console`: it matched the console log's fingerprints; `first-seen`: the console showed none. */
    source: 'console' | 'first-seen';
  };
  attempts: number;
  /** Cloud time waited (the simulator's clock may run faster than the wall clock). */
  waited_seconds: number;
}

export interface WaitSshOptions {
  target: SshTarget;
  /** The private key (OpenSSH or PEM text) of the key pair the server was booted with. Never logged. */
  privateKey?: string | Buffer;
  /** An ssh-agent socket to log in with instead (SSH_AUTH_SOCK). */
  agent?: string;
  /**
   * The console log's fingerprints; empty = accept the first key seen. A function is asked again whenever a host
   * key is seen, since cloud-init prints them only late in the boot.
   */
  fingerprints: string[] | (() => Promise<string[]>);
  /** Cloud time (see timeScale). */
  timeoutMs: number;
  /** Longest pause between attempts (default 5 s of cloud time); the first attempt is immediate. */
  maxIntervalMs?: number;
  /** Real milliseconds per cloud millisecond (the simulator's fast clock: 1/speed); default 1. */
  timeScale?: number;
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
  | { ok: true; key: Buffer; fingerprints: string[] }
  | { ok: false; kind: 'refused' | 'no-answer' | 'auth'; detail: string }
  | { ok: false; kind: 'host-key'; detail: string; fingerprint: string; fingerprints: string[] }
  | { ok: false; kind: 'error'; error: unknown };

/** Real pauses are never shorter than this, however fast the cloud's clock runs. */
const MIN_REAL_PAUSE_MS = 20;

/** Waits until `target` answers SSH and the key logs in; SSH_AUTH, SSH_REFUSED or TIMEOUT when it does not. */
export async function waitForSsh(o: WaitSshOptions): Promise<SshReady> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? sleepReal;
  const scale = o.timeScale ?? 1;
  const started = now();
  /** Cloud time since the start. */
  const elapsed = () => (now() - started) / scale;
  const { address, user } = o.target;
  let attempts = 0;
  let pause = 1000;
  for (;;) {
    if (o.signal?.aborted) throw new InterruptedError();
    attempts++;
    const left = (o.timeoutMs - elapsed()) * scale;
    const outcome = await attempt(o, Math.max(1000, Math.min(o.attemptTimeoutMs ?? 10_000, left)));
    if (outcome.ok) {
      const source = outcome.fingerprints.length > 0 ? 'console' : 'first-seen';
      o.onProgress?.({ kind: 'logged-in', message: `${address}: logged in as ${user}` });
      return {
        address,
        host: o.target.host,
        port: o.target.port,
        user,
        host_key: { ...hostKeyText(outcome.key), fingerprint: hostKeyFingerprint(outcome.key), source },
        attempts,
        waited_seconds: Math.round(elapsed() / 100) / 10,
      };
    }
    if (outcome.kind === 'error') throw outcome.error;
    if (outcome.kind === 'auth') throw authError(o, outcome.detail);
    if (outcome.kind === 'host-key') throw hostKeyError(o, outcome.fingerprint, outcome.fingerprints);
    const waited = elapsed();
    o.onProgress?.({
      kind: 'waiting',
      reason: outcome.kind,
      message: `${address}: ${outcome.detail} (${formatElapsed(waited)})`,
    });
    if (waited >= o.timeoutMs) throw gaveUp(o, outcome.kind, outcome.detail, waited, attempts);
    await sleep(Math.max(MIN_REAL_PAUSE_MS, Math.min(pause, o.timeoutMs - waited) * scale), o.signal);
    pause = Math.min(pause * 2, o.maxIntervalMs ?? 5000);
  }
}

/** One handshake and login; every failure is an outcome, so the loop decides what is worth another try. */
function attempt(o: WaitSshOptions, readyTimeout: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const client = new ssh2.Client();
    let seen: Buffer | null = null;
    let known: string[] = [];
    let verdict: Outcome | null = null;
    const finish = (out: Outcome) => {
      client.removeAllListeners();
      client.on('error', () => {}); // late socket errors after the verdict have nothing left to tell
      client.destroy();
      resolve(out);
    };
    client.on('ready', () => finish({ ok: true, key: seen!, fingerprints: known }));
    client.on('error', (err: Error & { code?: string; level?: string }) => {
      if (verdict) return finish(verdict);
      if (err.level === 'client-authentication')
        return finish({ ok: false, kind: 'auth', detail: 'the key was not accepted' });
      if (err.code === 'ECONNREFUSED')
        return finish({ ok: false, kind: 'refused', detail: 'connection refused' });
      if (err.level === 'client-timeout')
        return finish({ ok: false, kind: 'no-answer', detail: 'no SSH answer in time' });
      finish({ ok: false, kind: 'no-answer', detail: err.code ? `${err.code}` : err.message });
    });
    const verify = async (key: Buffer): Promise<boolean> => {
      seen = key;
      known = typeof o.fingerprints === 'function' ? await o.fingerprints() : o.fingerprints;
      const fingerprint = hostKeyFingerprint(key);
      if (known.length > 0 && !known.includes(fingerprint)) {
        verdict = {
          ok: false,
          kind: 'host-key',
          detail: 'host key mismatch',
          fingerprint,
          fingerprints: known,
        };
        return false;
      }
      const how = known.length > 0 ? 'matches the console log' : 'first seen, the console log shows none';
      o.onProgress?.({
        kind: 'host-key',
        message: `${o.target.address}: host key accepted (${fingerprint}, ${how})`,
      });
      return true;
    };
    client.connect({
      host: o.target.host,
      port: o.target.port,
      username: o.target.user,
      ...(o.privateKey ? { privateKey: o.privateKey } : { agent: o.agent }),
      readyTimeout,
      tryKeyboard: false,
      hostVerifier: (key: Buffer, accept: (valid: boolean) => void) => {
        verify(key).then(accept, (error: unknown) => {
          // Reading the console failed: that is the error to report, not the refused key.
          verdict = { ok: false, kind: 'error', error };
          accept(false);
        });
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

function hostKeyError(o: WaitSshOptions, seen: string, fingerprints: string[]): EnvbootError {
  return new EnvbootError(
    'SSH_AUTH',
    `${o.target.address}: the host key ${seen} is not the one the console shows`,
    {
      hint: 'another machine may answer at this address (a floating IP reused?); check the server console log',
      details: { address: o.target.address, host_key: seen, console_fingerprints: fingerprints },
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
  const details = {
    address: o.target.address,
    last_error: detail,
    attempts,
    waited_seconds: Math.round(elapsed / 1000),
  };
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
