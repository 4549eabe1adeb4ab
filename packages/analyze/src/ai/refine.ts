// Asking a language model to refine the plan: a JSON-schema response format with the catalog's real choices as
// enums, then ajv, then the catalog and the caps. Whatever goes wrong, the rules' plan stands and data.ai says why.
import type { Ai, Logger, PlanData, Requirements } from '@envboot/core';
import { formatDuration, isInvalidUrl, scrubText } from '@envboot/core';
import type { AiSettings } from '../input.js';
import type { Catalog } from '../plan/catalog.js';
import { earliestStart } from '../plan/free.js';
import { evaluate, iso } from '../plan/plan.js';
import { SYSTEM_PROMPT, userMessage } from './prompt.js';
import { responseSchema, type Caps, type ModelAnswer } from './schema.js';

export interface RefineInput {
  requirements: Requirements;
  rulesPlan: PlanData;
  catalog: Catalog;
  caps: Caps;
  readme: { file: string; text: string } | null;
  settings: AiSettings;
  log: Logger;
  signal?: AbortSignal;
}

export interface RefineResult {
  ai: Ai;
  plan: PlanData;
}

/** Whether the model is to be asked at all, and if not, why. */
export function aiWanted(settings: AiSettings): { ask: boolean; ai: Ai } {
  if (settings.mode === 'off') return { ask: false, ai: { status: 'off', model: null, reason: '--no-ai' } };
  if (!settings.apiKey && !settings.baseUrl) {
    return settings.mode === 'on'
      ? { ask: false, ai: { status: 'failed', model: settings.model, reason: 'OPENAI_API_KEY is not set' } }
      : { ask: false, ai: { status: 'off', model: null, reason: null } };
  }
  return { ask: true, ai: { status: 'off', model: settings.model, reason: null } };
}

/** Model text printed in reasons: one line, no control characters, bounded, secrets scrubbed. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return scrubText(text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()).slice(0, 300);
}

async function compileValidator(schema: Record<string, unknown>) {
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
  return ajv.compile<ModelAnswer>(schema);
}

/** Checks the answer against the catalog, the caps and the evidence the rules are sure of. */
function judge(answer: ModelAnswer, input: RefineInput): string | null {
  const { catalog, requirements: req, caps } = input;
  const node = catalog.nodeTypes.find((n) => n.name === answer.node_type);
  if (!node) return `node type ${answer.node_type} does not exist at ${catalog.site}`;
  const image = catalog.images.find((i) => i.name === answer.image);
  if (!image) return `image ${answer.image} does not exist at ${catalog.site}`;
  if (image.architecture !== node.architecture)
    return `image ${image.name} is for ${image.architecture}, ${node.name} is ${node.architecture}`;
  if (answer.count > caps.maxNodes) return `count ${answer.count} is over the ${caps.maxNodes}-node cap`;
  if (answer.count > node.hosts)
    return `count ${answer.count} is more than the ${node.hosts} hosts of ${node.name}`;
  if (answer.duration_hours * 60 > catalog.maxLeaseMinutes || answer.duration_hours > caps.maxHours) {
    return `${answer.duration_hours} hours is longer than the site allows`;
  }
  if (!answer.gpu_needed && req.gpu.requirement === 'required' && req.gpu.confidence >= 0.85) {
    const e = req.gpu.evidence[0];
    return `it drops the GPU, against ${e ? `${e.file}${e.line ? `:${e.line}` : ''} (${e.seen})` : 'strong evidence'}`;
  }
  // The node type must still meet what the rules are sure of (architecture, GPU memory, CUDA, compute capability).
  const needsGpu = answer.gpu_needed || (req.gpu.requirement === 'required' && req.gpu.confidence >= 0.85);
  const check = evaluate(
    {
      ...req,
      gpu: { ...req.gpu, needed: needsGpu, requirement: needsGpu ? 'required' : req.gpu.requirement },
    },
    node,
    req.architecture ?? 'x86_64',
    caps.maxNodes,
  );
  if (!check.fits && !(!needsGpu && check.why === 'has GPUs the code does not need'))
    return `${node.name} does not fit: ${check.why}`;
  if (image.accelerator === 'cuda' && !node.gpu)
    return `image ${image.name} is for GPUs, ${node.name} has none`;
  return null;
}

function failure(err: unknown, settings: AiSettings): Ai {
  const e = err as { name?: string; status?: number; message?: string };
  const name = e.name ?? '';
  let reason: string;
  if (/Timeout/i.test(name) || /timed? ?out/i.test(e.message ?? ''))
    reason = `no answer within ${Math.round(settings.timeoutMs / 1000)} s`;
  else if (e.status) reason = `the server answered HTTP ${e.status}`;
  else if (/Connection/i.test(name)) reason = 'the server could not be reached';
  else if (/Abort/i.test(name)) reason = 'interrupted';
  else reason = `the request failed: ${clean(e.message ?? String(err))}`;
  return { status: 'failed', model: settings.model, reason };
}

export async function refineWithModel(input: RefineInput): Promise<RefineResult> {
  const { settings, catalog, caps, rulesPlan } = input;
  const started = Date.now();
  const done = (ai: Ai, plan = rulesPlan): RefineResult => ({
    ai: { ...ai, elapsed_ms: Date.now() - started },
    plan,
  });
  const api = responseSchema(catalog, caps, false);
  let content: string | null;
  let refusal: string | null;
  const mod = await import('openai');
  const OpenAI = mod.OpenAI ?? mod.default;
  const prompt = userMessage(input.requirements, rulesPlan, catalog, caps, input.readme);
  try {
    const client = new OpenAI({
      apiKey: settings.apiKey ?? 'unused',
      baseURL: settings.baseUrl ?? undefined,
      timeout: settings.timeoutMs,
      maxRetries: 1,
    });
    const completion = await client.chat.completions.create(
      {
        model: settings.model,
        temperature: 0,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: prompt },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'envboot_plan', strict: true, schema: api },
        },
      },
      { signal: input.signal },
    );
    const message = completion.choices?.[0]?.message;
    content = message?.content ?? null;
    refusal = message?.refusal ?? null;
  } catch (err) {
    // The service's failures (no answer, an HTTP error, a timeout, an interruption) and an OPENAI_BASE_URL that is
    // not a URL: the rules' plan stands and data.ai says why. Anything else is a fault of ours, not the model's.
    if (!(err instanceof OpenAI.OpenAIError) && !isInvalidUrl(err)) throw err;
    input.log.debug({ err: clean(String(err)) }, 'the language model request failed');
    return done(failure(err, settings));
  }
  if (refusal) return done({ status: 'refused', model: settings.model, reason: clean(refusal) });
  if (!content) return done({ status: 'rejected', model: settings.model, reason: 'the answer was empty' });

  let answer: unknown;
  try {
    answer = JSON.parse(content);
  } catch {
    return done({ status: 'rejected', model: settings.model, reason: 'the answer is not JSON' });
  }
  const validate = await compileValidator(responseSchema(catalog, caps, true));
  if (!validate(answer)) {
    const first = validate.errors?.[0];
    const where = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : 'answer';
    return done({
      status: 'rejected',
      model: settings.model,
      reason: `the answer does not follow the schema: ${where} ${first?.message ?? 'is invalid'}`,
    });
  }
  const problem = judge(answer, input);
  if (problem)
    return done({ status: 'rejected', model: settings.model, reason: `the answer was not used: ${problem}` });

  const node = catalog.nodeTypes.find((n) => n.name === answer.node_type)!;
  const minutes = Math.max(60, Math.round(answer.duration_hours * 60));
  const plan: PlanData = {
    ...rulesPlan,
    node_type: node.name,
    count: answer.count,
    image: answer.image,
    duration: formatDuration(minutes),
    duration_minutes: minutes,
    resource_properties: JSON.stringify(['==', '$node_type', node.name]),
    source: 'ai',
    free_at: iso(
      earliestStart(node.calendars, answer.count, minutes * 60_000, catalog.now, 14 * 24 * 3_600_000),
    ),
    hardware: {
      gpu_count: node.gpu?.count ?? 0,
      gpu_model: node.gpu?.model ?? null,
      gpu_memory_gb: node.gpu?.memoryGb ?? null,
      ram_gb: node.ramGb,
      disk_gb: node.diskGb,
      threads: node.threads,
      architecture: node.architecture,
    },
  };
  const changed = (['node_type', 'count', 'image', 'duration_minutes'] as const).filter(
    (k) => plan[k] !== rulesPlan[k],
  );
  plan.reasons = [
    `refined by ${settings.model}${changed.length ? ` (changed ${changed.join(', ')}; the rules proposed ${rulesPlan.node_type} ×${rulesPlan.count}, ${rulesPlan.image}, ${rulesPlan.duration})` : " (it kept the rules' plan)"}`,
    ...answer.reasons.slice(0, 6).map((r) => `model: ${clean(r)}`),
    ...rulesPlan.reasons.map((r) => `rules: ${r}`),
  ];
  const suggested = {
    gpu_needed: answer.gpu_needed,
    gpu_count: answer.gpu_count,
    min_gpu_memory_gb: answer.min_gpu_memory_gb,
    cuda: answer.cuda,
  };
  return done(
    { status: 'used', model: settings.model, reason: null, requirements: suggested, changed: [...changed] },
    plan,
  );
}
