// "Did you mean …?": the known names closest to what was typed, for errors about unknown names.

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to `limit` names that contain the query or are within a few edits of it, closest first. */
export function closeMatches(query: string, names: readonly string[], limit = 3): string[] {
  const q = query.toLowerCase();
  const scored = [...new Set(names)]
    .map((name) => {
      const n = name.toLowerCase();
      const d = n.includes(q) || q.includes(n) ? Math.abs(n.length - q.length) / 100 : distance(q, n);
      return { name, d };
    })
    .filter(({ d }) => d <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map(({ name }) => name);
}

// Words commands use for the same thing, so that a guess in one names the command that says it another way.
const SAME_MEANING = [
  ['list', 'ls', 'show', 'status', 'get', 'info', 'describe'],
  ['delete', 'remove', 'rm', 'destroy', 'del'],
  ['create', 'new', 'make', 'add'],
];

const words = (name: string) =>
  name
    .toLowerCase()
    .split(/[-_\s.]+/)
    .filter((w) => w.length >= 2);

/** One word is the other, the other with an ending (lease, leases), or a word of the same meaning. */
function sameWord(a: string, b: string): boolean {
  if (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a === b || SAME_MEANING.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Up to `limit` names that share words with the query ("lease-list" → lease-status, leases), those sharing the
 * most first, then the fewest edits: for a guess too far from every name for closeMatches that names the right
 * thing.
 */
export function relatedNames(query: string, names: readonly string[], limit = 3): string[] {
  const asked = words(query);
  const q = query.toLowerCase();
  return [...new Set(names)]
    .map((name) => ({
      name,
      shared: words(name).filter((w) => asked.some((a) => sameWord(a, w))).length,
      d: distance(q, name.toLowerCase()),
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}

/** What to suggest for an unknown name: the close matches, else the names that share a word with it. */
export function suggestionsFor(query: string, names: readonly string[], limit = 3): string[] {
  const close = closeMatches(query, names, limit);
  return close.length > 0 ? close : relatedNames(query, names, limit);
}
