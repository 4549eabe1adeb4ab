// How a device login's code is shown to the person at the terminal: on stderr, which stays free of data.
import type { DeviceLoginPrompt } from './context.js';

export function devicePromptText(p: DeviceLoginPrompt): string {
  const minutes = Math.max(1, Math.round(p.expiresIn / 60));
  const open = p.verificationUriComplete
    ? `To log in to Chameleon, open ${p.verificationUriComplete}\n(or go to ${p.verificationUri} and enter the code ${p.userCode})`
    : `To log in to Chameleon, go to ${p.verificationUri} and enter the code ${p.userCode}`;
  return `${open}\nWaiting for the login to be approved (the code is valid for ${minutes} min)…\n`;
}

export function promptOnStderr(p: DeviceLoginPrompt): void {
  process.stderr.write(devicePromptText(p));
}
