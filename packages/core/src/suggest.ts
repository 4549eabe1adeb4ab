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
