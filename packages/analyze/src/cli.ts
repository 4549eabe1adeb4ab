// The analyze command: flags and help. Its work (git, detectors, the planner, the model client) loads only when
// it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const options = {
  repo: { type: 'string', describe: 'https URL, github.com/owner/repo, owner/repo, or a local directory' },
  ref: { type: 'string', describe: 'Branch or tag (default: the default branch)' },
  workdir: {
    type: 'string',
    describe: 'Check the code out into this new or empty directory instead of the cache',
  },
  'max-size': { type: 'string', describe: 'Stop when the repository is bigger than this (default 1g)' },
  timeout: { type: 'string', describe: 'Stop fetching after this long: seconds, or 90s, 5m (default 5m)' },
  'git-client': {
    type: 'string',
    choices: ['auto', 'native', 'isomorphic'],
    describe: 'Git client (default auto: native git when installed)',
  },
  plan: {
    type: 'boolean',
    describe: 'Plan against the site (--no-plan: requirements only, no cloud access)',
  },
  'node-type': { type: 'string', describe: 'Plan this node type instead of choosing one' },
  image: { type: 'string', describe: 'Plan this image instead of choosing one' },
  nodes: { type: 'number', describe: 'Plan this many nodes (1–1000)' },
  duration: { type: 'string', describe: 'Plan this lease length: minutes (90) or 90m, 4h, 2d' },
  'max-nodes': { type: 'number', describe: 'Never plan more nodes than this (default 4, at most 1000)' },
  ai: {
    type: 'boolean',
    describe: 'Ask a language model to refine the plan (default: when OPENAI_API_KEY is set)',
  },
  'ai-model': { type: 'string', describe: 'Model name (default $OPENAI_MODEL or gpt-4o-mini)' },
  'ai-timeout': { type: 'string', describe: 'How long to wait for the model (default 60s)' },
  'allow-local-http': {
    type: 'boolean',
    describe: 'Also accept http:// URLs on 127.0.0.1 (local Git servers)',
  },
} as const;

/**
 * What analyze's input is built from: its flags and arguments as yargs parses them, and the shared flags. The
 * duration may also be minutes, a number: provision passes the one a run recorded.
 */
export type AnalyzeArgs = Omit<StepArgs<typeof options>, 'duration'> & { duration?: string | number };

export const analyzeCommand = defineStep({
  name: 'analyze',
  kind: 'analysis',
  summary:
    'What a repository needs to run (GPU, CUDA, runtimes, RAM, disk), with evidence, and a plan for a site',
  description:
    'Fetches a Git repository (a shallow, blobless clone into a cache, reused while the commit is unchanged; or a ' +
    'local directory as it is), reads only the files its rules need, and reports what the code needs to run, each ' +
    "conclusion with its evidence. Then plans against the site's live catalog: the smallest node type that fits, " +
    'preferring what is free soonest, a matching image, a count and a duration. With OPENAI_API_KEY set (or --ai) a ' +
    'language model may refine the plan within the caps; its answer is checked, and data.ai says what happened.',
  options,
  examples: [
    [
      'envboot analyze --repo https://github.com/pytorch/examples --site uc',
      'requirements and a plan at CHI@UC',
    ],
    ['envboot analyze --repo ./my-project --no-plan', 'what a local checkout needs, without a cloud'],
    [
      'envboot analyze --repo pytorch/examples --site sim | envboot capacity | envboot lease-create',
      'reserve what the plan asks for, in the earliest window that fits',
    ],
    [
      "envboot analyze --repo org/repo --site uc | jq '.data.requirements.gpu'",
      'just the GPU verdict and its evidence',
    ],
  ],
  epilogue:
    'Output: docs/commands/analyze.md (every rule, with an example). Cache: $XDG_CACHE_HOME/envboot/repos. ' +
    'Language model: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
