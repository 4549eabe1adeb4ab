// What Keystone calls need from the connection: the transport, the auth URL and the clocks.
import type { Transport } from '../transport/http.js';

export interface KeystoneContext {
  http: Transport;
  /** Keystone v3 URL (ends in /v3). */
  authUrl: string;
  signal?: AbortSignal;
  /** This machine's clock, in ms (injectable for tests). */
  now(): number;
}
