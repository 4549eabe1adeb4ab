// Neutron's list filters: any attribute as key=value (exact; repeat a key for OR; booleans as true/false),
// tags (all of) and tags-any, and fields= to trim what is returned.
const NOT_FILTERS = new Set([
  'fields',
  'limit',
  'marker',
  'sort_key',
  'sort_dir',
  'page_reverse',
  'tags',
  'tags-any',
  'not-tags',
  'not-tags-any',
]);

export function filterItems(
  items: Array<Record<string, unknown>>,
  query: URLSearchParams,
): Array<Record<string, unknown>> {
  const keys = [...new Set(query.keys())].filter((k) => !NOT_FILTERS.has(k));
  const tagsAll = query.getAll('tags').flatMap((t) => t.split(','));
  const tagsAny = query.getAll('tags-any').flatMap((t) => t.split(','));
  const fields = query.getAll('fields');
  const matches = (item: Record<string, unknown>, key: string) => {
    if (!(key in item)) return true;
    const value = item[key];
    const wanted = query.getAll(key);
    if (typeof value === 'boolean') return wanted.some((w) => w.toLowerCase() === String(value));
    return wanted.includes(value === null ? '' : String(value));
  };
  return items
    .filter((item) => keys.every((k) => matches(item, k)))
    .filter((item) => {
      const tags = (item.tags as string[] | undefined) ?? [];
      return (
        tagsAll.every((t) => tags.includes(t)) &&
        (tagsAny.length === 0 || tagsAny.some((t) => tags.includes(t)))
      );
    })
    .map((item) =>
      fields.length ? Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]])) : item,
    );
}
