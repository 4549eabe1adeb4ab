// The date formats each service writes, all UTC.
const iso = (ms: number) => new Date(ms).toISOString(); // 2026-11-25T19:16:02.123Z

/** The same few instants are formatted on every read of a lease: remember the text (a bounded cache). */
function remembered(format: (ms: number) => string): (ms: number) => string {
  const cache = new Map<number, string>();
  return (ms) => {
    let text = cache.get(ms);
    if (text === undefined) {
      if (cache.size >= 50_000) cache.clear();
      text = format(ms);
      cache.set(ms, text);
    }
    return text;
  };
}

/** Blazar start/end/event times: 2026-11-25T19:16:00.000000 (no zone). */
export const blazarDate = remembered((ms) => {
  const text = iso(ms);
  return `${text.slice(0, 19)}.${text.slice(20, 23)}000`;
});

/** Blazar created_at/updated_at: 2026-11-25 19:16:00. */
export const blazarStamp = remembered((ms) => iso(ms).slice(0, 19).replace('T', ' '));

/** Keystone: 2026-11-25T19:16:02.000000Z (whole seconds, as fernet tokens carry them). */
export const keystoneDate = (ms: number): string =>
  `${iso(Math.floor(ms / 1000) * 1000).slice(0, 19)}.000000Z`;

/** Nova, Neutron, Glance: 2026-11-25T19:16:02Z. */
export const apiDate = (ms: number): string => `${iso(ms).slice(0, 19)}Z`;

/** The HTTP Date header. */
export const httpDate = (ms: number): string => new Date(ms).toUTCString();

/** Blazar's request format, strictly: "YYYY-MM-DD HH:MM" (UTC). Returns ms or undefined. */
export function parseBlazarRequestDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return undefined;
  return ms;
}

/** Blazar's response format back to ms (seed calendars are written in it). */
export function parseBlazarDate(text: string): number {
  const ms = Date.parse(`${text.replace(' ', 'T').replace(/(\.\d{3})\d*$/, '$1')}Z`);
  if (Number.isNaN(ms)) throw new Error(`not a Blazar date: ${text}`);
  return ms;
}

export const floorMinuteMs = (ms: number): number => Math.floor(ms / 60_000) * 60_000;
