// provision's step context: the cloud context of every step, a question for the person at the terminal, and the
// repository's analysis when it was started with the context.
import type { AnalyzeInput } from '@envboot/analyze/input';
import type { RepositoryAnalysis } from '@envboot/analyze/repository';
import { InterruptedError } from '@envboot/core';
import type { CloudStepContext } from '@envboot/openstack';

/** An analysis already under way. */
export interface StartedAnalysis {
  result: Promise<RepositoryAnalysis>;
  /** Stops it if it is still working, and resolves once it has (its temporary clone removed). */
  stop(): Promise<void>;
}

export interface ProvisionContext extends CloudStepContext {
  /** Asks whether to go ahead (only when a person is at the terminal); absent means go ahead. */
  confirm?: (question: string, reasons: string[]) => Promise<boolean>;
  /** The repository's analysis, started before the chain's code loaded (a new run from a repository). */
  analysis?: StartedAnalysis;
}

/**
 * Starts fetching and reading the repository. Its detectors load only once the file list is in, so that loading
 * them does not delay the authentication that starts next; the run stops it when the run ends first.
 */
export async function startAnalysis(input: AnalyzeInput, ctx: CloudStepContext): Promise<StartedAnalysis> {
  const { analyzeRepository } = await import('@envboot/analyze/repository');
  const stopper = new AbortController();
  const result = analyzeRepository(
    input,
    { log: ctx.log, progress: ctx.progress, signal: AbortSignal.any([ctx.signal, stopper.signal]) },
    { loadCode: 'after-fetch' },
  );
  result.catch(() => {}); // reported by the step that awaits it
  return {
    result,
    stop: async () => {
      stopper.abort();
      await result.then(
        () => {},
        () => {},
      );
    },
  };
}

/**
 * A yes/no question on the terminal (stderr), answered on stdin. Ctrl-C there interrupts the run as anywhere else
 * (the terminal's raw mode turns it into a key, which is sent on as SIGINT); an input that ends (Ctrl-D, or the
 * terminal gone) is no answer, so no.
 */
export async function askOnTerminal(
  question: string,
  reasons: string[],
  signal: AbortSignal,
): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  rl.on('SIGINT', () => process.kill(process.pid, 'SIGINT'));
  try {
    for (const reason of reasons) process.stderr.write(`  • ${reason}\n`);
    const answer = await rl.question(`${question} [y/N] `, { signal });
    return /^y(es)?$/i.test(answer.trim());
  } catch (err) {
    if (signal.aborted) throw new InterruptedError('interrupted at the question');
    if (err instanceof Error && err.name === 'AbortError') return false;
    throw err;
  } finally {
    rl.close();
  }
}
