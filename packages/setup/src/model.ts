// A set-up plan: the steps that take a fresh node to the repository's environment, each an ordered list of
// commands given as argument lists (never as shell text), so that nothing read from the repository reaches a
// shell line unquoted.

/** The directories a set-up works in, each a shell variable of the script (under the user's home on the node). */
export type DirName = 'repo' | 'env' | 'state';

/** One argument: literal text (quoted when rendered), or a path inside one of the set-up's directories. */
export type Arg = string | { dir: DirName; path?: string };

export interface Command {
  /** The program and its arguments. A program may be one of the script's own helpers (envboot_*). */
  argv: Arg[];
  /** Where it runs (default: the user's home). */
  cwd?: { dir: DirName; path?: string };
  /** Extra environment; values are quoted like arguments. */
  env?: Record<string, Arg>;
  /** Runs through sudo (only the steps that install system packages need it). */
  sudo?: boolean;
}

export type StepKind = 'checkout' | 'runtime' | 'environment' | 'check';

export interface SetupStep {
  /** Unique, [a-z0-9-]: names the step in the status file and its log. */
  id: string;
  kind: StepKind;
  /** What a person reads: "Install requirements.txt into a virtual environment". */
  title: string;
  /** Why the step is there: the analysis evidence or option that asked for it ("requirements.txt", "--check"). */
  why: string[];
  commands: Command[];
}

export interface SetupPlan {
  /** The repository as the node fetches it: an https URL without credentials, at the analysed commit. */
  repo: { url: string; commit: string | null; name: string };
  /** Where things go, relative to the user's home on the node. */
  dirs: Record<DirName, string>;
  steps: SetupStep[];
  /** The command that enters the environment, for the final line a person reads. */
  activate: string;
  /** Environment files the plan does not know how to install, each with why (said, never silently dropped). */
  unsupported: { path: string; reason: string }[];
}

/** One line of the status file the script keeps on the node. */
export interface StepStatus {
  step: string;
  state: 'started' | 'running' | 'done' | 'failed' | 'skipped' | 'ready';
  /** Seconds since the epoch, on the node's clock. */
  at: number;
  exit?: number | null;
  log?: string | null;
}
