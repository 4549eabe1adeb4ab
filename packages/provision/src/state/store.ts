// Run state on disk: $XDG_STATE_HOME/envboot/runs/<run id>.json (default ~/.local/state), directory 0700, files
// 0600, every write atomic (a temporary file renamed over the old one), so an interrupted write never leaves a
// half-written state. A lock file names the process working on a run, so two processes never share one.
import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, NotFoundError, UsageError, errnoCode, isErrno, scrubValue } from '@envboot/core';
import { emptySteps, type RunState } from './model.js';
import { lockText, parseLock, self, stillRunning } from './process-identity.js';

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'envboot', 'runs');
}

/** prov-20261125-2041-3fa9c2: sortable by time, unique enough for one person's runs. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `prov-${stamp}-${randomBytes(3).toString('hex')}`;
}

const RUN_ID = /^prov-\d{8}-\d{4}-[0-9a-f]{6}$/;

export class RunStore {
  readonly dir: string;

  constructor(dir = stateDir()) {
    this.dir = dir;
  }

  private ensureDir(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
  }

  path(runId: string): string {
    if (!RUN_ID.test(runId))
      throw new UsageError(`"${runId}" is not a run id (like prov-20261125-2041-3fa9c2)`, { field: 'run' });
    return join(this.dir, `${runId}.json`);
  }

  save(state: RunState): void {
    this.ensureDir();
    const file = this.path(state.run_id);
    const tmp = `${file}.${process.pid}.tmp`;
    // Scrubbed once more on the way out: the state must never hold a secret, whatever a step recorded.
    writeFileSync(
      tmp,
      `${JSON.stringify(scrubValue({ ...state, updated_at: new Date().toISOString() }), null, 2)}\n`,
      {
        mode: 0o600,
      },
    );
    renameSync(tmp, file);
  }

  load(runId: string): RunState {
    try {
      return withAllSteps(JSON.parse(readFileSync(this.path(runId), 'utf8')) as RunState);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new NotFoundError(`no run ${runId} in ${this.dir}`, {
          field: 'run',
          hint: 'List the runs with: envboot runs',
        });
      }
      throw err;
    }
  }

  /** The runs recorded, newest first. A state file that cannot be read is left out, and told to `onUnreadable`. */
  list(onUnreadable?: (file: string, reason: string) => void): RunState[] {
    let files: string[];
    try {
      files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return []; // no run yet
      throw err;
    }
    return files
      .sort()
      .reverse()
      .flatMap((f) => {
        const file = join(this.dir, f);
        try {
          return [withAllSteps(JSON.parse(readFileSync(file, 'utf8')) as RunState)];
        } catch (err) {
          if (!(err instanceof SyntaxError) && errnoCode(err) === null) throw err;
          onUnreadable?.(file, errnoCode(err) ?? 'it is not JSON');
          return [];
        }
      });
  }

  /** The live process that holds the run's lock, or null: no lock, or one left by a process that is gone. */
  holder(runId: string): number | null {
    let text: string;
    try {
      text = readFileSync(`${this.path(runId)}.lock`, 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return null;
      throw err;
    }
    const holder = parseLock(text);
    return holder !== null && stillRunning(holder) ? holder.pid : null;
  }

  /** Take the run for this process; fails with CONFLICT while another live process holds it. */
  lock(runId: string): () => void {
    this.ensureDir();
    const file = `${this.path(runId)}.lock`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx', 0o600);
        writeFileSync(fd, lockText(self()));
        closeSync(fd);
        return () => rmSync(file, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = this.holder(runId);
        if (holder !== null && holder !== process.pid) {
          throw new ConflictError(`run ${runId} is in use by process ${holder}`, {
            field: 'run',
            hint: 'Wait for it to finish, or stop that process first.',
          });
        }
        rmSync(file, { force: true }); // left by a process that died
      }
    }
    throw new ConflictError(`could not lock run ${runId}`, { field: 'run' });
  }
}

/** A run recorded before a step was added has no record of it: pending, as in a new run. */
function withAllSteps(state: RunState): RunState {
  state.steps = { ...emptySteps(), ...state.steps };
  return state;
}
