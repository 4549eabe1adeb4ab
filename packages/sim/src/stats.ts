// Request counts per route ("POST /v3/auth/tokens": 3), plus totals. The admin API is not counted.
export class Stats {
  #counts = new Map<string, number>();
  #total = 0;
  #faulted = 0;

  count(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    this.#total += 1;
  }

  faulted(): void {
    this.#faulted += 1;
  }

  reset(): void {
    this.#counts = new Map();
    this.#total = 0;
    this.#faulted = 0;
  }

  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.#counts.keys()].sort()) out[key] = this.#counts.get(key)!;
    out.total = this.#total;
    out.faults_injected = this.#faulted;
    return out;
  }
}
