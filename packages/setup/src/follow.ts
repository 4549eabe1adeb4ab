// Following a set-up on the node: read the status file the script keeps, report each step as it changes, take over
// (write the script and start it) when user data did not start it, or when the last run stopped short, and return
// the result for the envelope.
import type { SetupPlan, SetupStep, StepStatus } from './model.js';
import { shellQuote } from './quote.js';
import { PLAN_MARK, planDigest, renderScript } from './script.js';
import { NodeShellError } from './shell-error.js';
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
  /** A check's verdict: the last line it printed ("torch 2.1.0 sees 1 GPU(s): …"). */
  message: string | null;
}

export interface SetupResult {
  status: 'ready' | 'failed' | 'timeout';
  steps: StepResult[];
  activate: string;
  /** Whether envboot started the script itself (user data had not, or its last run had stopped short). */
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
  /**
   * Run the script again when its last run failed, or ran another plan (`envboot setup`, a resumed provision): the
   * finished steps are skipped. Without it a failure found on the node is the answer.
   */
  rerun?: boolean;
  onStep?: (step: StepResult) => void;
  signal?: AbortSignal;
}

const home = (path: string) => `"$HOME"/${shellQuote(path)}`;

/** Settles with `work`, or rejects as soon as `signal` aborts (Ctrl-C does not wait for the node's answer). */
function abortable<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

interface Look {
  bytes: number;
  progress: SetupProgress;
  /** The plan of the script on the node ("" when there is none). */
  plan: string;
  /** Whether no run of the script holds its lock: true, false, or null when the node cannot tell (no flock). */
  idle: boolean | null;
}

/**
 * Reads the status file once it differs from `known` bytes, or after `waitMs` (a long poll: one command on the node
 * waits for the change, so a step's end is seen within a fifth of a second without a round trip per look), with the
 * plan of the script there and whether a run of it is alive.
 */
async function look(o: FollowOptions, known: number, waitMs: number): Promise<Look> {
  const dir = o.plan.dirs.state;
  const ticks = Math.ceil(waitMs / 200);
  const r = await o.shell.exec(
    [
      `f=${home(`${dir}/status.jsonl`)}; s=${home(`${dir}/setup.sh`)}; l=${home(`${dir}/lock`)}; i=0`,
      `while [ "$i" -lt ${ticks} ] && [ "$(wc -c < "$f" 2>/dev/null || echo 0)" -eq ${known} ]; do sleep 0.2; i=$((i+1)); done`,
      `echo "plan=$(sed -n 2p "$s" 2>/dev/null | sed -n 's/^${PLAN_MARK}//p')"`,
      'if command -v flock > /dev/null 2>&1 && [ -e "$l" ]; then if flock -n "$l" true; then echo idle=1; else echo idle=0; fi; else echo idle=; fi',
      'echo ---',
      'cat "$f" 2>/dev/null || true',
    ].join('\n'),
  );
  const split = r.stdout.indexOf('\n---\n');
  if (split < 0) {
    // The shell itself is gone (sshd ends a session's commands when the machine goes down): not the script's doing.
    const said = r.stderr.trim();
    throw new NodeShellError(
      `the node stopped answering: the status read ended with exit ${r.code}${said ? ` (${said})` : ' and no output'}; the server may have gone down or its lease ended`,
      'lost',
    );
  }
  const head = Object.fromEntries(
    r.stdout
      .slice(0, split)
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const status = r.stdout.slice(split + 5);
  return {
    bytes: Buffer.byteLength(status),
    progress: readProgress(status),
    plan: head.plan ?? '',
    idle: head.idle === '1' ? true : head.idle === '0' ? false : null,
  };
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
      message: null,
    };
  });
}

/** Whether the script must be (re)started now, and why; null when the run on the node is the one to follow. */
function startReason(o: FollowOptions, seen: Look, waited: number, grace: number): string | null {
  const { progress } = seen;
  if (!progress.started) return waited >= grace ? 'not started' : null;
  const stale = seen.plan !== '' && seen.plan !== planDigest(o.plan);
  if (seen.idle === false) return null; // a run is alive: follow it
  if (progress.ready) return stale && o.rerun ? 'another plan' : null;
  if (progress.failed) return o.rerun ? 'failed' : null;
  // Started, neither ready nor failed, and no run holds the lock: its process is gone (a reboot, a kill).
  return seen.idle === true ? 'stopped' : null;
}

/** The last lines of the failed step's log, and each check's verdict, in one command on the node. */
async function readLogs(o: FollowOptions, steps: StepResult[]): Promise<void> {
  const failed = steps.find((s) => s.state === 'failed' && s.log);
  const checks = steps.filter(
    (s) => s.kind === 'check' && s.log && (s.state === 'done' || s.state === 'failed'),
  );
  if (!failed && checks.length === 0) return;
  const parts = [
    ...checks.map((s) => `tail -n 1 ${shellQuote(s.log!)} 2>/dev/null; echo; echo ---`),
    failed ? `tail -n 20 ${shellQuote(failed.log!)} 2>/dev/null || true` : 'true',
  ];
  const r = await o.shell.exec(parts.join('\n'));
  const chunks = r.stdout.split('\n---\n');
  checks.forEach((s, i) => {
    const line = (chunks[i] ?? '').trim().split('\n').pop() ?? '';
    s.message = line || null;
  });
  if (failed) failed.log_tail = (chunks[checks.length] ?? '').split('\n').filter((l) => l.length > 0);
}

/** Follows the set-up until it is ready, fails, or the time is up. */
export async function followSetup(o: FollowOptions): Promise<SetupResult> {
  const start = o.now();
  const interval = o.intervalMs ?? 2000;
  const grace = o.graceMs ?? 0;
  let tookOver = false;
  /** After a take-over, the file's earlier runs are history: only a run beyond this count is the one started. */
  let runsBefore = -1;
  const running = new Map<string, StepStatus>();
  const reported = new Map<string, string>();
  let known = -1;
  const answer = (status: SetupResult['status'], steps: StepResult[]): SetupResult => ({
    status,
    steps,
    activate: o.plan.activate,
    took_over: tookOver,
    elapsed_ms: o.now() - start,
  });
  for (;;) {
    o.signal?.throwIfAborted();
    // The first look does not wait; later ones wait on the node for the file to change.
    const waitMs = known < 0 ? 0 : Math.max(0, Math.min(interval, o.timeoutMs - (o.now() - start)));
    const seen = await abortable(look(o, Math.max(known, 0), waitMs), o.signal);
    known = seen.bytes;
    if (!tookOver && startReason(o, seen, o.now() - start, grace)) {
      runsBefore = seen.progress.runs;
      await startSetup(o.plan, o.shell);
      tookOver = true;
      running.clear();
      continue;
    }
    // The run envboot started has not written its first line yet: what the file says is an earlier run's.
    const progress = seen.progress;
    const current = !tookOver || progress.runs > runsBefore;
    if (current) {
      for (const s of progress.steps) if (s.state === 'running') running.set(s.step, s);
      const steps = results(o.plan, progress, running);
      for (const step of steps) {
        if (step.state === 'pending' || reported.get(step.id) === step.state) continue;
        reported.set(step.id, step.state);
        o.onStep?.(step);
      }
      const failed = steps.find((s) => s.state === 'failed');
      if (progress.ready || failed) {
        await readLogs(o, steps);
        return answer(failed ? 'failed' : 'ready', steps);
      }
      if (o.now() - start >= o.timeoutMs) return answer('timeout', steps);
    } else if (o.now() - start >= o.timeoutMs) {
      return answer('timeout', results(o.plan, { ...progress, steps: [] }, running));
    }
    // Until user data has had its grace, look again after a pause rather than wait on a file nobody writes.
    if (!progress.started && !tookOver) await abortable(o.sleep(interval), o.signal);
  }
}
