// URLs inside a Git client's messages, found without looking at every position of a long run of letters twice:
// the text may come from the remote (a hostile server chooses its own error messages).

/** A URL: a short scheme that starts where no scheme character precedes it, then anything up to white space. */
const URL_IN_TEXT = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/\S+/gi;

/** `text` with every URL in it replaced by what `replace` makes of it. */
export function replaceUrls(text: string, replace: (url: string) => string): string {
  return text.replace(URL_IN_TEXT, replace);
}
