// A server's console log (os-getConsoleOutput): the boot lines of a CC-Ubuntu image on bare metal, and cloud-init's
// host key fingerprint and key blocks as it prints them to the console. Live nodes append what their user data prints.
import { fingerprint } from './hostkey.js';

const syslogStamp = (ms: number): string => {
  const d = new Date(ms);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`;
};

/** The server's name as a host name. */
export function hostName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63) || 'instance'
  );
}

/** The boot lines up to cloud-init's key blocks, as of virtual time `at` (the server's launch). */
export function bootLines(o: { name: string; at: number; publicKey: string }): string[] {
  const host = hostName(o.name);
  const stamp = `<14>${syslogStamp(o.at)} cloud-init:`;
  const started = new Date(o.at).toUTCString();
  const fp = fingerprint(o.publicKey);
  return [
    '[    0.000000] Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0) #101-Ubuntu SMP',
    '[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-5.15.0-91-generic root=LABEL=cloudimg-rootfs ro console=tty0 console=ttyS1,115200n8',
    '[    2.145331] systemd[1]: Detected architecture x86-64.',
    `[    2.151227] systemd[1]: Hostname set to <${host}>.`,
    `[   11.402318] cloud-init[1021]: Cloud-init v. 23.3.3-0ubuntu0~22.04.1 running 'init' at ${started}. Up 11.30 seconds.`,
    '[   11.520114] cloud-init[1021]: ci-info: ++++++++++++++++++++++++++++Net device info++++++++++++++++++++++++++++',
    '[   13.004512] cloud-init[1021]: Generating public/private ed25519 key pair.',
    `${stamp} #############################################################`,
    `${stamp} -----BEGIN SSH HOST KEY FINGERPRINTS-----`,
    `${stamp} 256 ${fp} root@${host} (ED25519)`,
    `${stamp} -----END SSH HOST KEY FINGERPRINTS-----`,
    `${stamp} #############################################################`,
    '-----BEGIN SSH HOST KEY KEYS-----',
    `${o.publicKey} root@${host}`,
    '-----END SSH HOST KEY KEYS-----',
    `[   14.731006] cloud-init[1233]: Cloud-init v. 23.3.3-0ubuntu0~22.04.1 running 'modules:config' at ${started}. Up 14.60 seconds.`,
    '',
    `Ubuntu 22.04.3 LTS ${host} ttyS1`,
    '',
  ];
}

/** The finishing line cloud-init prints once its last stage ends. */
export function finishedLine(at: number, upSeconds: number): string {
  return `[   ${upSeconds.toFixed(6)}] cloud-init[1301]: Cloud-init v. 23.3.3-0ubuntu0~22.04.1 finished at ${new Date(at).toUTCString()}. Datasource DataSourceConfigDrive [net,ver=2][source=/dev/sda2].  Up ${upSeconds.toFixed(2)} seconds`;
}

/** The last `length` lines of a log (Nova's semantics: null or a negative length = all of it). */
export function tail(text: string, length: number | null): string {
  if (length === null || length < 0) return text;
  if (length === 0) return '';
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-length).join('\n') + '\n';
}
