// What Keystone calls need from the connection: the transport, the auth URL and the clocks.
import type { Transport } from '../transport/http.js';

/** What a person at a terminal needs to approve a device login. */
export interface DeviceLoginPrompt {
  verificationUri: string;
  /** The same page with the code filled in, when the provider offers one. */
  verificationUriComplete: string | null;
  userCode: string;
  /** Seconds the code stays valid. */
  expiresIn: number;
}

export interface KeystoneContext {
  http: Transport;
  /** Keystone v3 URL (ends in /v3). */
  authUrl: string;
  signal?: AbortSignal;
  /** This machine's clock, in ms (injectable for tests). */
  now(): number;
  /**
   * Shows a device login's code to the person at the terminal. Absent when nobody is there to approve one: a login
   * that needs it fails with AUTH instead of waiting.
   */
  deviceLogin?: ((prompt: DeviceLoginPrompt) => void) | null;
  /** Waits between polls of the device login, in real time (injectable for tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
