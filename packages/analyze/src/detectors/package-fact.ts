// One declared package, as the manifests of ecosystems without build variants or markers declare it.
import type { Ecosystem, Fact, FactOf, Seen } from '../model.js';

type Scope = FactOf<'package'>['scope'];

export function packageFact(
  ecosystem: Ecosystem,
  name: string,
  version: string | null,
  ev: Seen,
  scope: Scope = 'main',
  group: string | null = null,
): Fact {
  return {
    type: 'package',
    ecosystem,
    name,
    extras: [],
    version,
    scope,
    group,
    conditional: false,
    variant: null,
    ev,
  };
}
