// analyze's flags (and piped values, and the environment for the language model and the cache) → its input.
// A flag always wins over the pipe; nothing here talks to the network.
import { parseDuration, registerSecret, wholeNumber, type Envelope } from '@envboot/core';
import {
  SOURCE_DEFAULTS,
  parseSeconds,
  toSourceInput,
  type InputEnvironment,
  type SourceInput,
} from '@envboot/git-source';
import type { AnalyzeArgs } from './cli.js';

export { gitEnvironment, parseSeconds, type InputEnvironment } from '@envboot/git-source';

export interface AiSettings {
  /** auto: ask when OPENAI_API_KEY is set; on: --ai; off: --no-ai. */
  mode: 'auto' | 'on' | 'off';
  apiKey: string | null;
  baseUrl: string | null;
  model: string;
  timeoutMs: number;
}

/** The repository and how to get it (git-source's flags), then what to plan and whether to ask a language model. */
export interface AnalyzeInput extends SourceInput {
  /** Plan against the site's catalog (--no-plan: requirements only). */
  plan: boolean;
  maxNodes: number;
  nodeType: string | null;
  image: string | null;
  count: number | null;
  durationMinutes: number | null;
  ai: AiSettings;
}

export const DEFAULTS = {
  ...SOURCE_DEFAULTS,
  maxNodes: 4,
  aiModel: 'gpt-4o-mini',
  aiTimeout: '60s',
} as const;

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function toInput(
  args: AnalyzeArgs,
  upstream: Envelope | undefined,
  where: InputEnvironment = {},
): AnalyzeInput {
  const source = toSourceInput(args, upstream, where);
  const ai = aiSettings(args, where.env ?? process.env);
  return {
    ...source,
    plan: args.plan !== false,
    maxNodes: wholeNumber(args.maxNodes ?? args['max-nodes'], 'max-nodes') ?? DEFAULTS.maxNodes,
    nodeType: str(args.nodeType) ?? str(args['node-type']) ?? null,
    image: str(args.image) ?? null,
    count: wholeNumber(args.nodes, 'nodes'),
    durationMinutes:
      args.duration === undefined || args.duration === null || args.duration === ''
        ? null
        : parseDuration(args.duration, 'duration'),
    ai,
  };
}

/** --ai, --ai-model, --ai-timeout and the OPENAI_* variables: whether and how to ask a language model. */
function aiSettings(args: AnalyzeArgs, env: NodeJS.ProcessEnv): AiSettings {
  const apiKey = str(env.OPENAI_API_KEY) ?? null;
  registerSecret(apiKey);
  const aiFlag = args.ai;
  return {
    mode: aiFlag === true ? 'on' : aiFlag === false ? 'off' : 'auto',
    apiKey,
    baseUrl: str(env.OPENAI_BASE_URL) ?? null,
    model: str(args.aiModel) ?? str(args['ai-model']) ?? str(env.OPENAI_MODEL) ?? DEFAULTS.aiModel,
    timeoutMs: parseSeconds(args.aiTimeout ?? args['ai-timeout'] ?? DEFAULTS.aiTimeout, 'ai-timeout'),
  };
}
