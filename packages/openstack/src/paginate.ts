// Paging in one place: each resource says where the items are and how to find the next page.
import type { ServiceClient, ServiceRequest } from './service.js';

export interface PageSpec<W> {
  /** The key of the item list in each page ("images"). */
  itemsKey: string;
  /** The next page's path or URL, or null at the end. */
  nextPage(body: Record<string, unknown>): string | null;
  /** Guard against a server that links pages in a circle (default 1000). */
  maxPages?: number;
  /** Narrow each raw item. */
  item?: (raw: unknown) => W;
}

export async function* paginate<W>(
  c: ServiceClient,
  first: ServiceRequest,
  spec: PageSpec<W>,
): AsyncGenerator<W> {
  let req: ServiceRequest | null = first;
  const seen = new Set<string>();
  for (let page = 0; req && page < (spec.maxPages ?? 1000); page += 1) {
    const body = ((await c.request<Record<string, unknown>>(req)) ?? {}) as Record<string, unknown>;
    const items = body[spec.itemsKey];
    if (Array.isArray(items)) for (const raw of items) yield spec.item ? spec.item(raw) : (raw as W);
    const next = spec.nextPage(body);
    if (!next || seen.has(next) || !Array.isArray(items) || items.length === 0) return;
    seen.add(next);
    req = { ...first, path: next, query: undefined };
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
