// An OpenAI-compatible model on 127.0.0.1:0 for the secrets test. It answers with the rules' own plan (so that the
// answer is used), or fails the way a careless server does: a 500 whose body quotes the caller's Authorization
// header, a 401 whose body quotes the key it refused. A key other than the expected one is always refused.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ModelMode = 'answer' | 'fail-500' | 'refuse-401';

export interface ModelCall {
  authorization: string;
  status: number;
}

export interface Model {
  /** OPENAI_BASE_URL. */
  baseUrl: string;
  mode: ModelMode;
  calls: ModelCall[];
  close(): Promise<void>;
}

interface UserMessage {
  requirements?: { gpu?: { needed?: boolean; count?: number | null; min_memory_gb?: number | null } };
  rules_plan?: { node_type: string; count: number; image: string; duration_hours: number };
}

/** The rules' plan, given back as the model's answer. */
function answerFor(body: string): string {
  const request = JSON.parse(body) as { messages: Array<{ role: string; content: string }> };
  const user = JSON.parse(request.messages.find((m) => m.role === 'user')?.content ?? '{}') as UserMessage;
  const plan = user.rules_plan!;
  const gpu = user.requirements?.gpu;
  return JSON.stringify({
    gpu_needed: gpu?.needed === true,
    gpu_count: gpu?.needed ? (gpu.count ?? 1) : null,
    min_gpu_memory_gb: gpu?.needed ? (gpu.min_memory_gb ?? null) : null,
    cuda: null,
    node_type: plan.node_type,
    count: plan.count,
    image: plan.image,
    duration_hours: Math.max(1, plan.duration_hours),
    reasons: ['the rules chose well'],
  });
}

export async function startModel(key: string): Promise<Model> {
  const calls: ModelCall[] = [];
  const model: Model = { baseUrl: '', mode: 'answer', calls, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      const authorization = req.headers.authorization ?? '';
      const send = (status: number, doc: unknown) => {
        calls.push({ authorization, status });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
      };
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404).end();
        return;
      }
      const received = authorization.replace(/^Bearer\s+/i, '');
      if (received !== key || model.mode === 'refuse-401') {
        send(401, {
          error: {
            message: `Incorrect API key provided: ${received}. You can find your API key in your account.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        });
      } else if (model.mode === 'fail-500') {
        send(500, {
          error: { message: `the model crashed serving "${authorization}"`, type: 'server_error' },
        });
      } else {
        send(200, {
          id: 'chatcmpl-secrets',
          object: 'chat.completion',
          created: 1_700_000_000,
          model: 'secrets-model',
          choices: [
            {
              index: 0,
              finish_reason: 'stop',
              message: { role: 'assistant', content: answerFor(body), refusal: null },
            },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  model.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  model.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return model;
}
