// Keystone URLs compared the way a person means them: trailing slashes, a missing /v3 and loopback spellings ignored.
import { isInvalidUrl } from '@envboot/core';

/** The Keystone v3 URL for an auth URL written with or without /v3. */
export function keystoneV3Url(authUrl: string): string {
  const trimmed = authUrl.trim().replace(/\/+$/, '');
  return /\/v3$/i.test(trimmed) ? trimmed : `${trimmed}/v3`;
}

/** A comparable form of an auth URL. */
export function sameCloudKey(authUrl: string): string {
  const v3 = keystoneV3Url(authUrl);
  try {
    const u = new URL(v3);
    const host =
      u.hostname === 'localhost' || u.hostname === '[::1]' ? '127.0.0.1' : u.hostname.toLowerCase();
    const port = u.port || (u.protocol === 'https:' ? '443' : '80');
    return `${u.protocol}//${host}:${port}${u.pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch (err) {
    if (!isInvalidUrl(err)) throw err;
    return v3.toLowerCase(); // not a URL: compared as text
  }
}

export function sameCloud(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && sameCloudKey(a) === sameCloudKey(b);
}

/** `base` joined with a relative path, keeping the base's own path (unlike `new URL(path, base)`). */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
