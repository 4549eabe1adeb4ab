// POSIX shell quoting: every literal becomes one single-quoted word, so that no character in it is special.

/** `it's` → `'it'\''s'`: a single-quoted word (the empty string is `''`). */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
