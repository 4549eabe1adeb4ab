// The one view of a repository the detectors get: the list of files first, contents only on request, in batches.

export interface TreeEntry {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** Size in bytes when known without fetching the contents (local directories), else null. */
  size: number | null;
  /** Git blob id, for repositories read through git. */
  oid?: string;
}

export interface RepoFiles {
  entries: TreeEntry[];
  /** Contents of the given paths (those that exist and are readable); one batch, one round trip for git. */
  read(paths: string[]): Promise<Map<string, Buffer>>;
}

/** A repository held in memory: for tests of the detectors and the pipeline. */
export function memoryRepo(files: Record<string, string | Buffer>): RepoFiles & { reads: string[][] } {
  const reads: string[][] = [];
  const entries = Object.entries(files)
    .map(([path, content]) => ({ path, size: Buffer.byteLength(content) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    entries,
    reads,
    read: async (paths) => {
      reads.push([...paths]);
      const out = new Map<string, Buffer>();
      for (const p of paths) {
        const content = files[p];
        if (content !== undefined) out.set(p, Buffer.isBuffer(content) ? content : Buffer.from(content));
      }
      return out;
    },
  };
}
