// Ctrl-C and SIGTERM: the first aborts the running step (which then reports INTERRUPTED, exit 130);
// a second one exits at once.
export interface InterruptHandle {
  signal: AbortSignal;
  dispose(): void;
}

export function onInterrupt(write: (line: string) => void = (l) => process.stderr.write(l)): InterruptHandle {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      write(`\nenvboot: second ${name}, exiting now\n`);
      process.exit(130);
    }
    controller.abort(new Error(`received ${name}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
