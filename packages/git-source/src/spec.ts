// What --repo may name: an https URL (or the github.com/owner/repo and owner/repo shorthands) or a local
// directory. Anything that could make git reach a local file, another transport or a shell is refused here,
// before any process starts.
import { EnvbootError, scrubUrl } from '@envboot/core';

export type RepoSpec =
  | {
      kind: 'url';
      /** The URL git is given (it may hold credentials: never print it). */
      url: string;
      /** The same URL without credentials, for output and logs. */
      display: string;
      /** Credentials found in the URL, to register as secrets. */
      secrets: string[];
    }
  | { kind: 'local'; path: string; display: string };

export interface SpecOptions {
  /** Also accept http:// URLs whose host is the loopback interface (tests and local demos only). */
  allowHttpLoopback?: boolean;
  /** Tells whether a path is an existing directory (injected so this module stays pure). */
  isDirectory: (path: string) => boolean;
  /** Turns a relative path into an absolute one. */
  resolvePath: (path: string) => string;
}

const SHORTHAND = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const GITHUB_PATH = /^(?:www\.)?github\.com\/([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function refuse(value: string, why: string): EnvbootError {
  return new EnvbootError('INVALID_INPUT', `--repo ${scrubUrl(value)} is refused: ${why}`, {
    field: 'repo',
    hint: 'Give an https URL (https://host/owner/repo), github.com/owner/repo, owner/repo, or a local directory.',
  });
}

export function parseRepoSpec(raw: string, options: SpecOptions): RepoSpec {
  const value = raw.trim();
  if (!value) throw refuse(raw, 'it is empty');
  // A leading dash would be read by git as an option; control characters have no place in a URL or path.
  if (value.startsWith('-')) throw refuse(value, 'it starts with "-"');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw refuse(value, 'it holds control characters');

  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(value)?.[1]?.toLowerCase();
  if (scheme) return parseUrl(value, scheme, options);
  // git's "transport::address" form (ext::sh -c …) and scp-like "user@host:path" both reach beyond https.
  if (value.includes('::')) throw refuse(value, 'transport "::" addresses are not allowed');

  if (isLocalForm(value) || options.isDirectory(value)) {
    const path = options.resolvePath(value);
    if (!options.isDirectory(path)) {
      throw new EnvbootError('INVALID_INPUT', `--repo ${value}: no such directory`, {
        field: 'repo',
        hint: 'Give an existing directory, or an https URL.',
      });
    }
    return { kind: 'local', path, display: path };
  }
  if (/^[^/\s]+@[^/\s]+:/.test(value)) throw refuse(value, 'ssh addresses are not allowed; use https');
  const github = GITHUB_PATH.exec(value);
  if (github) return httpsUrl(`https://github.com/${github[1]}/${github[2]}.git`);
  if (SHORTHAND.test(value)) {
    const [owner, repo] = value.split('/') as [string, string];
    return httpsUrl(`https://github.com/${owner}/${repo.replace(/\.git$/, '')}.git`);
  }
  throw refuse(value, 'it is neither an https URL nor an existing directory');
}

/** A user name or password of the URL, decoded; a broken %-escape in it is bad input, not a fault. */
function credential(url: string, encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch (err) {
    if (!(err instanceof URIError)) throw err;
    throw refuse(url, 'its user name or password has a broken %-escape');
  }
}

function isLocalForm(value: string): boolean {
  return value === '.' || value === '..' || /^(\/|\.\.?\/|~\/)/.test(value);
}

function parseUrl(value: string, scheme: string, options: SpecOptions): RepoSpec {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(value, 'it is not a valid URL');
  }
  if (scheme === 'http') {
    if (!options.allowHttpLoopback || !LOOPBACK.has(url.hostname)) {
      throw refuse(value, 'plain http is not allowed; use https');
    }
  } else if (scheme !== 'https') {
    throw refuse(value, `the ${scheme}:// scheme is not allowed; only https`);
  }
  if (!url.hostname) throw refuse(value, 'it has no host');
  if (url.hash) url.hash = '';
  return httpsUrl(url.toString());
}

function httpsUrl(url: string): RepoSpec {
  const u = new URL(url);
  const secrets = [u.password, u.username].map((part) => credential(url, part)).filter((s) => s.length > 0);
  return { kind: 'url', url: u.toString(), display: scrubUrl(u.toString()), secrets };
}

/** Refs as git accepts them for --branch: no leading dash, no "..", no spaces or special characters. */
export function checkRef(ref: string): string {
  const valid =
    /^[A-Za-z0-9._/+-]{1,200}$/.test(ref) &&
    !ref.startsWith('-') &&
    !ref.startsWith('/') &&
    !ref.endsWith('/') &&
    !ref.endsWith('.lock') &&
    !ref.includes('..') &&
    !ref.includes('//');
  if (!valid) {
    throw new EnvbootError('INVALID_INPUT', `--ref "${ref}" is not a valid branch or tag name`, {
      field: 'ref',
      hint: 'Name a branch or a tag, e.g. main or v1.2.0.',
    });
  }
  return ref;
}
