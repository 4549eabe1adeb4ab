// Tells an observer of each request once its answer is sent (benchmarks count a client's sequential rounds from
// these).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface AnsweredRequest {
  method: string;
  path: string;
  status: number;
  /** When it arrived and when its answer was sent (performance.now(), ms). */
  arrived: number;
  answered: number;
}

export function observe(
  req: IncomingMessage,
  res: ServerResponse,
  observer: (request: AnsweredRequest) => void,
): void {
  const arrived = performance.now();
  res.once('finish', () =>
    observer({
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?')[0]!,
      status: res.statusCode,
      arrived,
      answered: performance.now(),
    }),
  );
}
