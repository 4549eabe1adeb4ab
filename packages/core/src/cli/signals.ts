// Ctrl-C and SIGTERM: the first aborts the running step (which then reports INTERRUPTED, exit 130);
// a second one exits at once.
export interface InterruptHandle {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * With `external` (a caller running the CLI in its own process), that signal stands in for Ctrl-C and no process
 * handler is installed: the caller's own signals stay its own.
 */
export function onInterrupt(
  write: (line: string) => void = (l) => process.stderr.write(l),
  external?: AbortSignal,
): InterruptHandle {
  const controller = new AbortController();
  if (external) {
    const follow = () => controller.abort(external.reason ?? new Error('interrupted'));
    if (external.aborted) follow();
    else external.addEventListener('abort', follow, { once: true });
    return {
      signal: controller.signal,
      dispose: () => external.removeEventListener('abort', follow),
    };
  }
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
