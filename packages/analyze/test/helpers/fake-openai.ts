// A small OpenAI-compatible HTTP server on 127.0.0.1:0, scripted per test: each request to
// /v1/chat/completions takes the next scripted answer (a message, a raw body, an HTTP status, or silence).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Scripted =
  | { content: string }
  | { refusal: string }
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { delayMs: number; content: string };

export interface SeenRequest {
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: {
      type: string;
      json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> };
    };
  };
}

export interface FakeOpenAI {
  baseUrl: string;
  requests: SeenRequest[];
  script(...answers: Scripted[]): void;
  close(): Promise<void>;
}

function completion(message: Record<string, unknown>) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', ...message } }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: Scripted[] = [];
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (d: string) => (raw += d));
    req.on('end', () => {
      if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      requests.push({ headers: req.headers, body: JSON.parse(raw) });
      const next = queue.shift() ?? { status: 500, body: { error: { message: 'nothing scripted' } } };
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      };
      if ('delayMs' in next) {
        const timer = setTimeout(
          () => send(200, completion({ content: next.content, refusal: null })),
          next.delayMs,
        );
        res.on('close', () => clearTimeout(timer));
      } else if ('status' in next)
        send(next.status, next.body ?? { error: { message: 'failure' } }, next.headers);
      else if ('refusal' in next) send(200, completion({ content: null, refusal: next.refusal }));
      else send(200, completion({ content: next.content, refusal: null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...answers) => queue.push(...answers),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
