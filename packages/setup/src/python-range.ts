// The Python versions a declared range admits, as major.minor bounds the node's interpreters are tested against.

export interface PythonBounds {
  /** Lowest admitted major.minor (inclusive). */
  min: string;
  /** First major.minor not admitted (exclusive), or null when open. */
  below: string | null;
}

const parse = (v: string): [number, number] => {
  const [major = '3', minor = '0'] = v.split('.');
  return [Number(major), Number(minor)];
};
const fmt = ([a, b]: [number, number]) => `${a}.${b}`;

/**
 * Bounds from a range as declared (">=3.9,<3.14", "^3.11", "~=3.8", "3.10.*", "==3.10") or a bare version ("3.10",
 * read as that minor and newer ones, the way an analysis reports "the lowest that satisfies"). Unknown clauses are
 * left out, so the bounds are never narrower than what was declared.
 */
export function pythonBounds(
  range: string | null | undefined,
  version: string | null | undefined,
): PythonBounds {
  let min: [number, number] = version ? parse(version) : [3, 8];
  let below: [number, number] | null = null;
  for (const clause of (range ?? '').split(/[,\s]+/).filter(Boolean)) {
    const m = /^(>=|>|<=|<|==|~=|\^|~)?\s*(\d+(?:\.\d+)?)(?:\.(?:\d+|\*))?$/.exec(clause);
    if (!m) continue;
    const v = parse(m[2]!);
    switch (m[1]) {
      case '>=':
      case '>':
        min = v;
        break;
      case '<':
        below = v;
        break;
      case '<=':
        below = [v[0], v[1] + 1];
        break;
      case '==':
        min = v;
        below = [v[0], v[1] + 1];
        break;
      case '~':
        min = v;
        below = [v[0], v[1] + 1];
        break;
      case '~=':
      case '^':
        min = v;
        below = [v[0] + 1, 0];
        break;
      default:
        min = v;
    }
  }
  return { min: fmt(min), below: below ? fmt(below) : null };
}
