// Identifiers in the forms the real services use.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const uuid = (): string => randomUUID();

/** Keystone-style id: 32 lower-case hex digits. */
export const hexId = (): string => randomUUID().replace(/-/g, '');

export const requestId = (): string => `req-${randomUUID()}`;

/** A Fernet-looking opaque token (Keystone's tokens start with gAAAAAB). */
export const fernetLikeToken = (): string => `gAAAAAB${randomBytes(132).toString('base64url')}`;

/** Keystone audit id: 22 url-safe base64 characters. */
export const auditId = (): string => randomBytes(16).toString('base64url').slice(0, 22);

/** A stable UUID derived from a name, so seed objects keep their ids across restarts. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function stableHex(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 32);
}
