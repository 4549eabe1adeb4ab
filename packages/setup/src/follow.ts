// Following a set-up on the node: read the status file the script keeps, report each step as it changes, take over
// (write the script and start it) when user data did not start it, and return the result for the envelope.
import type { SetupPlan, SetupStep, StepStatus } from './model.js';
import { shellQuote } from './quote.js';
import { renderScript } from './script.js';
import { readProgress, type SetupProgress } from './status.js';

/** A shell on the node: runs one command line (bash -c) with optional input, as SSH's exec does. */
export interface NodeShell {
  exec(command: string, input?: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

export interface StepResult {
  id: string;
  kind: SetupStep['kind'];
  title: string;
  state: 'pending' | StepStatus['state'];
  /** Seconds the step took, on the node's clock (null until it ends). */
  seconds: number | null;
  exit: number | null;
  /** The end of its log, for a step that failed. */
  log_tail: string[] | null;
  log: string | null;
}

export interface SetupResult {
  status: 'ready' | 'failed' | 'timeout';
  steps: StepResult[];
  activate: string;
  /** Whether envboot started the script itself (user data had not). */
  took_over: boolean;
  /** Milliseconds from the first read to the answer, on the clock given. */
  elapsed_ms: number;
}

export interface FollowOptions {
  plan: SetupPlan;
  shell: NodeShell;
  /** Waits between looks while user data has not yet started the script (the simulator's clock in tests). */
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Give up after this long. */
  timeoutMs: number;
  /** The longest one look waits on the node for the status file to change (default 2 s). */
  intervalMs?: number;
  /** How long user data has to start the script before envboot runs it itself (0: at once, when user data was not used). */
  graceMs?: number;
  onStep?: (step: StepResult) => void;
  signal?: AbortSignal;
}

const home = (path: string) => `"$HOME"/${shellQuote(path)}`;

/**
 * Reads the status file once it differs from `known` bytes, or after `waitMs` (a long poll: one command on the node
 * waits for the change, so a step's end is seen within a fifth of a second without a round trip per look).
 */
async function progressOf(
  o: FollowOptions,
  known: number,
  waitMs: number,
): Promise<{ bytes: number; progress: SetupProgress }> {
  const file = home(`${o.plan.dirs.state}/status.jsonl`);
  const ticks = Math.ceil(waitMs / 200);
  const r = await o.shell.exec(
    `f=${file}; i=0; while [ "$i" -lt ${ticks} ] && [ "$(wc -c < "$f" 2>/dev/null || echo 0)" -eq ${known} ]; ` +
      `do sleep 0.2; i=$((i+1)); done; cat "$f" 2>/dev/null || true`,
  );
  return { bytes: Buffer.byteLength(r.stdout), progress: readProgress(r.stdout) };
}

/** Writes the script into the user's home and starts it in the background, detached from the session. */
export async function startSetup(plan: SetupPlan, shell: NodeShell): Promise<void> {
  const dir = home(plan.dirs.state);
  const file = home(`${plan.dirs.state}/setup.sh`);
  const wrote = await shell.exec(`mkdir -p ${dir} && cat > ${file} && chmod 700 ${file}`, renderScript(plan));
  if (wrote.code !== 0)
    throw new Error(`could not write the set-up script on the node: ${wrote.stderr.trim()}`);
  const started = await shell.exec(
    `nohup setsid bash ${file} > ${home(`${plan.dirs.state}/run.log`)} 2>&1 < /dev/null &`,
  );
  if (started.code !== 0)
    throw new Error(`could not start the set-up script on the node: ${started.stderr.trim()}`);
}

function results(plan: SetupPlan, progress: SetupProgress, previous: Map<string, StepStatus>): StepResult[] {
  const byId = new Map(progress.steps.map((s) => [s.step, s]));
  return plan.steps.map((step) => {
    const status = byId.get(step.id);
    const began = previous.get(step.id);
    const ended =
      status && (status.state === 'done' || status.state === 'failed' || status.state === 'skipped');
    return {
      id: step.id,
      kind: step.kind,
      title: step.title,
      state: status?.state ?? 'pending',
      seconds:
        ended && began && began.state === 'running' ? Math.max(0, status.at - began.at) : ended ? 0 : null,
      exit: status?.exit ?? null,
      log_tail: null,
      log: status?.log ?? null,
    };
  });
}

/** Follows the set-up until it is ready, fails, or the time is up. */
export async function followSetup(o: FollowOptions): Promise<SetupResult> {
  const start = o.now();
  const interval = o.intervalMs ?? 2000;
  const grace = o.graceMs ?? 0;
  let tookOver = false;
  const running = new Map<string, StepStatus>();
  const reported = new Map<string, string>();
  let known = -1;
  for (;;) {
    o.signal?.throwIfAborted();
    // The first look does not wait; later ones wait on the node for the file to change.
    const waitMs = known < 0 ? 0 : Math.max(0, Math.min(interval, o.timeoutMs - (o.now() - start)));
    const look = await progressOf(o, Math.max(known, 0), waitMs);
    const progress = look.progress;
    known = look.bytes;
    if (!progress.started && !tookOver && o.now() - start >= grace) {
      await startSetup(o.plan, o.shell);
      tookOver = true;
    }
    for (const s of progress.steps) if (s.state === 'running') running.set(s.step, s);
    const steps = results(o.plan, progress, running);
    for (const step of steps) {
      if (step.state === 'pending' || reported.get(step.id) === step.state) continue;
      reported.set(step.id, step.state);
      o.onStep?.(step);
    }
    const failed = steps.find((s) => s.state === 'failed');
    if (progress.ready || failed) {
      if (failed?.log) {
        const tail = await o.shell.exec(`tail -n 20 ${shellQuote(failed.log)} 2>/dev/null || true`);
        failed.log_tail = tail.stdout.split('\n').filter((l) => l.length > 0);
      }
      return {
        status: failed ? 'failed' : 'ready',
        steps,
        activate: o.plan.activate,
        took_over: tookOver,
        elapsed_ms: o.now() - start,
      };
    }
    if (o.now() - start >= o.timeoutMs)
      return {
        status: 'timeout',
        steps,
        activate: o.plan.activate,
        took_over: tookOver,
        elapsed_ms: o.now() - start,
      };
    // Until user data has had its grace, look again after a pause rather than wait on a file nobody writes.
    if (!progress.started && !tookOver) await o.sleep(interval);
  }
}
