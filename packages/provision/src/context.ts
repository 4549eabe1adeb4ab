// provision's step context: the cloud context of every step, and a question for the person at the terminal.
import type { CloudStepContext } from '@envboot/openstack';

export interface ProvisionContext extends CloudStepContext {
  /** Asks whether to go ahead (only when a person is at the terminal); absent means go ahead. */
  confirm?: (question: string, reasons: string[]) => Promise<boolean>;
}

/** A yes/no question on the terminal (stderr), answered on stdin. */
export async function askOnTerminal(question: string, reasons: string[]): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (const reason of reasons) process.stderr.write(`  • ${reason}\n`);
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
