// Telling the failures a catch expects (a file that is not there, a string that is not a URL) from everything else,
// so that a catch takes only what it expects and lets the rest through. Node's own errors are told by their `code`,
// not by `instanceof`: they may come from another realm (a test's VM context, a worker).

/** The code of a Node.js system error ("ENOENT", "EACCES", …), or null for anything else. */
export function errnoCode(err: unknown): string | null {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** Whether `err` is a system error with one of these codes. */
export function isErrno(err: unknown, ...codes: string[]): boolean {
  const code = errnoCode(err);
  return code !== null && codes.includes(code);
}

/** Whether `err` is what `new URL()` throws for text that is not a URL. */
export function isInvalidUrl(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_INVALID_URL';
}
