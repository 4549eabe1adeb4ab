// The reference API's collections: {total, offset, items, links}; paged with offset/limit (limit ≤ 500).
import { paginate, collect } from '../paginate.js';
import { num } from '../parse.js';
import type { ServiceClient } from '../service.js';

const PAGE = 500;

/** Every item of a collection, page after page. */
export async function all<T>(
  c: ServiceClient,
  op: string,
  path: string,
  parse: (raw: unknown) => T,
): Promise<T[]> {
  let offset = 0;
  return collect(
    paginate<T>(
      c,
      { op, method: 'GET', path, query: { limit: PAGE, offset: 0 } },
      {
        itemsKey: 'items',
        item: parse,
        nextPage: (body) => {
          const items = Array.isArray(body.items) ? body.items.length : 0;
          offset = (num(body.offset) ?? offset) + items;
          const total = num(body.total);
          return total !== null && offset < total ? `${path}?limit=${PAGE}&offset=${offset}` : null;
        },
      },
    ),
  );
}
