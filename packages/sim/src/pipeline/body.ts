// The request body, read in full before any answer, up to 1 MiB: a larger one is answered 413.
import type { IncomingMessage } from 'node:http';
import { serviceError } from '../errors.js';
import type { Reply, ServiceName } from '../http.js';

const MAX_BODY = 1024 * 1024;

/** The body as text, or undefined when it is larger than MAX_BODY (the rest is read and discarded). */
export function readBody(req: IncomingMessage): Promise<string | undefined> | string {
  // Most requests (GET, DELETE) have no body: no stream to wait for.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
    return '';
  if (req.headers['content-length'] === '0') return '';
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export const tooLarge = (service: ServiceName): Reply => serviceError(service, 413, 'Request body too large');
