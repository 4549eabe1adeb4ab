// The fallback when native git is not installed: isomorphic-git, shallow, single branch, no checkout. It cannot
// fetch without blobs, so the whole last commit is downloaded; the byte cap is enforced on the wire.
import * as fs from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type * as IsoGitModule from 'isomorphic-git';
import { EnvbootError, InterruptedError } from '@envboot/core';
import type { RepoFiles, TreeEntry } from './files.js';
import { remainingMs, timedOut, tooBig, type FetchLimits } from './limits.js';
import { replaceUrls, withoutCredentials } from './urls.js';

type IsoGit = typeof IsoGitModule;

interface GitHttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: AsyncIterable<Uint8Array> | Uint8Array[];
}

/** An isomorphic-git HTTP plugin on node:http(s): no redirects, a byte budget, and a stop switch. */
export function limitedHttp(limits: FetchLimits, stop: AbortSignal, allowHttp: boolean) {
  let received = 0;
  return {
    async request({ url, method = 'GET', headers = {}, body }: GitHttpRequest) {
      const u = new URL(url);
      if (u.protocol !== 'https:' && !(allowHttp && u.protocol === 'http:')) {
        throw new EnvbootError('INVALID_INPUT', `refusing to fetch over ${u.protocol}`, { field: 'repo' });
      }
      const chunks: Buffer[] = [];
      if (body) for await (const c of body) chunks.push(Buffer.from(c));
      const payload = Buffer.concat(chunks);
      const res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
          u,
          {
            method,
            headers: { ...headers, ...(payload.length ? { 'content-length': String(payload.length) } : {}) },
            signal: stop,
          },
          resolve,
        );
        req.on('error', reject);
        req.end(payload);
      });
      async function* stream() {
        for await (const chunk of res as AsyncIterable<Buffer>) {
          received += chunk.length;
          if (received > limits.maxBytes) {
            res.destroy();
            throw tooBig(limits.maxBytes, received);
          }
          yield new Uint8Array(chunk);
        }
      }
      return {
        url,
        method,
        statusCode: res.statusCode ?? 0,
        statusMessage: res.statusMessage ?? '',
        headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
        body: stream(),
      };
    },
  };
}

/** Runs an isomorphic-git operation under the deadline and Ctrl-C, turning its failures into our errors. */
async function bounded<T>(
  limits: FetchLimits,
  what: string,
  work: (stop: AbortSignal) => Promise<T>,
): Promise<T> {
  const stop = new AbortController();
  let failure: EnvbootError | null = null;
  const end = (err: EnvbootError) => {
    failure ??= err;
    stop.abort(err);
  };
  const timer = setTimeout(() => end(timedOut(limits, what)), remainingMs(limits));
  const onAbort = () => end(new InterruptedError());
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await work(stop.signal);
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof EnvbootError) throw err;
    throw isoFailure(what, err);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onAbort);
  }
}

function isoFailure(what: string, err: unknown): EnvbootError {
  const e = err as { code?: string; message?: string; data?: { statusCode?: number } };
  const status = e.data?.statusCode;
  let hint = 'Check the URL and the ref, and that the repository is public.';
  if (status === 401 || status === 403)
    hint = 'The server asked for credentials: the repository is private or does not exist.';
  else if (e.code === 'NotFoundError')
    hint = 'No branch or tag has that name; leave out --ref for the default branch.';
  else if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(e.message ?? ''))
    hint = 'The Git server could not be reached.';
  const message = replaceUrls(e.message ?? String(err), () => '<url>').split('\n')[0];
  return new EnvbootError('REPO_UNAVAILABLE', `${what} failed: ${message}`, {
    hint,
    retryable: /reached/.test(hint),
  });
}

function loadIsoGit(): Promise<IsoGit> {
  return import('isomorphic-git');
}

export async function isoRemoteCommit(
  url: string,
  ref: string | null,
  limits: FetchLimits,
  allowHttp: boolean,
): Promise<string | null> {
  const git = await loadIsoGit();
  return bounded(limits, 'listing the remote refs', async (stop) => {
    const refs = await git.listServerRefs({
      http: limitedHttp(limits, stop, allowHttp),
      url,
      prefix: ref ? undefined : 'HEAD',
      symrefs: true,
      peelTags: true,
    });
    if (!ref) return refs.find((r) => r.ref === 'HEAD')?.oid ?? null;
    const head = refs.find((r) => r.ref === `refs/heads/${ref}`);
    if (head) return head.oid;
    const tag = refs.find((r) => r.ref === `refs/tags/${ref}`);
    return tag ? (tag.peeled ?? tag.oid) : null;
  });
}

/**
 * init + fetch (depth 1, one ref, no tags) + a detached HEAD: unlike clone, this also works for tags.
 * With `checkout`, the files are written into `dir` and the repository lives in `dir/.git`.
 */
export async function isoClone(
  url: string,
  ref: string | null,
  dir: string,
  limits: FetchLimits,
  allowHttp: boolean,
  checkout = false,
): Promise<void> {
  const git = await loadIsoGit();
  const gitdir = checkout ? `${dir}/.git` : dir;
  await bounded(limits, 'git clone', async (stop) => {
    await git.init({ fs, dir, gitdir, bare: !checkout, defaultBranch: 'main' });
    // The clone's config keeps the URL without its credentials; they are given to each fetch instead.
    await git.addRemote({ fs, gitdir, remote: 'origin', url: withoutCredentials(url) });
    const { fetchHead } = await git.fetch({
      fs,
      http: limitedHttp(limits, stop, allowHttp),
      gitdir,
      url,
      ref: ref ?? undefined,
      singleBranch: true,
      depth: 1,
      tags: false,
    });
    if (!fetchHead) throw new EnvbootError('REPO_UNAVAILABLE', 'git fetch returned no commit');
    await git.writeRef({ fs, gitdir, ref: 'HEAD', value: fetchHead, force: true });
    if (checkout) await git.checkout({ fs, dir, gitdir, ref: fetchHead, force: true });
  });
}

export async function isoHead(dir: string): Promise<string> {
  const git = await loadIsoGit();
  return git.resolveRef({ fs, gitdir: dir, ref: 'HEAD' });
}

export async function isoRepoFiles(dir: string, limits: FetchLimits): Promise<RepoFiles> {
  const git = await loadIsoGit();
  const cache = {};
  const entries = await bounded(limits, 'listing the files', async () => {
    const out: TreeEntry[] = [];
    const walkTree = async (oid: string, prefix: string): Promise<void> => {
      const { tree } = await git.readTree({ fs, gitdir: dir, oid, cache });
      for (const item of tree) {
        const path = prefix ? `${prefix}/${item.path}` : item.path;
        if (item.type === 'tree') await walkTree(item.oid, path);
        else if (item.type === 'blob' && item.mode !== '120000')
          out.push({ path, size: null, oid: item.oid });
      }
    };
    await walkTree(await git.resolveRef({ fs, gitdir: dir, ref: 'HEAD' }), '');
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  });
  const byPath = new Map(entries.map((e) => [e.path, e]));
  return {
    entries,
    read: async (paths) => {
      const out = new Map<string, Buffer>();
      for (const p of paths) {
        const entry = byPath.get(p);
        if (!entry?.oid) continue;
        const { blob } = await git.readBlob({ fs, gitdir: dir, oid: entry.oid, cache });
        out.set(p, Buffer.from(blob));
      }
      return out;
    },
  };
}
