// URLs in what Git says and in what it stores: found in its messages without looking at every position of a long
// run of letters twice (the text may come from a hostile remote), and stripped of credentials before a clone keeps
// them in its config.

/** A URL: a short scheme that starts where no scheme character precedes it, then anything up to white space. */
const URL_IN_TEXT = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/\S+/gi;

/** `text` with every URL in it replaced by what `replace` makes of it. */
export function replaceUrls(text: string, replace: (url: string) => string): string {
  return text.replace(URL_IN_TEXT, replace);
}

/** A URL without its user name and password. */
export function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.href;
}
