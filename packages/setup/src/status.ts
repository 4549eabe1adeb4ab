// The status file the set-up script keeps on the node, read back: the last state of every step.
import type { StepStatus } from './model.js';

export interface SetupProgress {
  /** Whether a run of the script has begun (user data or a take-over). */
  started: boolean;
  /** Each step's last line, in the order the steps first appeared. */
  steps: StepStatus[];
  ready: boolean;
  failed: StepStatus | null;
  /** Lines that are not status lines (a torn last line while the script writes): counted, never guessed at. */
  unreadable: number;
  /** How many runs of the script the file records (a new run is seen by this growing). */
  runs: number;
}

const STATES = new Set(['started', 'running', 'done', 'failed', 'skipped', 'ready']);

export function readProgress(jsonl: string): SetupProgress {
  const last = new Map<string, StepStatus>();
  let ready = false;
  let unreadable = 0;
  let started = false;
  let runs = 0;
  for (const line of jsonl.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      unreadable++;
      continue;
    }
    const s = value as Partial<StepStatus>;
    if (typeof s.step !== 'string' || typeof s.state !== 'string' || !STATES.has(s.state)) {
      unreadable++;
      continue;
    }
    if (s.step === 'setup') {
      // Each run of the script starts with "started": only the latest run counts.
      if (s.state === 'started') {
        last.clear();
        started = true;
        runs++;
      }
      ready = s.state === 'ready';
      continue;
    }
    last.set(s.step, s as StepStatus);
    if (s.state === 'running' || s.state === 'failed') ready = false;
  }
  const steps = [...last.values()];
  return { started, steps, ready, failed: steps.find((s) => s.state === 'failed') ?? null, unreadable, runs };
}
