// The built envboot CLI run inside this process: `main(argv, { io })` from the bundle the bin runs, with stdin
// as text, stdout and stderr captured, and Ctrl-C as an abort signal. Thousands of runs cost seconds, not the
// minutes child processes would; the child-process runs stay the reference (see in-process.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliIo } from '@envboot/core/cli';
import { REPO_ROOT } from '@envboot/testkit';

type Main = (argv: string[], options?: { io?: CliIo }) => Promise<number>;

/** What the suite reads of a command's definition (the flags it generates values for). */
export interface StepShape {
  name: string;
  positional?: string;
  usesCloud?: boolean;
  changesCloud?: boolean;
  options?: Record<string, { type?: string; choices?: readonly unknown[] }>;
}

interface Bundle {
  main: Main;
  STEPS: StepShape[];
}

const BUNDLE = join(REPO_ROOT, 'apps/envboot/dist/main.js');
let loaded: Promise<Bundle> | undefined;

function bundle(): Promise<Bundle> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  loaded ??= import(pathToFileURL(BUNDLE).href) as Promise<Bundle>;
  return loaded;
}

export async function bundledMain(): Promise<Main> {
  return (await bundle()).main;
}

/** The command definitions the built CLI registers. */
export async function bundledSteps(): Promise<StepShape[]> {
  return (await bundle()).STEPS;
}

export interface InProcessRun {
  /** The exit code main() resolved to; null when it did not finish in time (a hang). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** The run was interrupted for taking longer than its bound. */
  interrupted: boolean;
  ms: number;
}

export interface InProcessOptions {
  stdin?: string;
  /** After this long the run is interrupted (as Ctrl-C would); it must then end within `graceMs`. */
  boundMs?: number;
  graceMs?: number;
}

export async function runInProcess(argv: string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  const main = await bundledMain();
  const out: string[] = [];
  const err: string[] = [];
  const interrupt = new AbortController();
  const io: CliIo = {
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    interrupt: interrupt.signal,
  };
  const started = performance.now();
  const bound = options.boundMs ?? 15_000;
  let interrupted = false;
  const timers: NodeJS.Timeout[] = [];
  const hang = new Promise<null>((resolve) => {
    timers.push(
      setTimeout(() => {
        interrupted = true;
        interrupt.abort(new Error('the run took too long'));
      }, bound),
      setTimeout(() => resolve(null), bound + (options.graceMs ?? 5_000)),
    );
  });
  try {
    const code = await Promise.race([main(argv, { io }), hang]);
    return { code, stdout: out.join(''), stderr: err.join(''), interrupted, ms: performance.now() - started };
  } finally {
    for (const t of timers) clearTimeout(t);
  }
}

/** Sets environment variables for in-process runs (they read process.env as a child would); returns the undo. */
export function useEnv(env: NodeJS.ProcessEnv): () => void {
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
