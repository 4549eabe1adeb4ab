// How to reach a booted server: the login user of its image and a ready ssh command line.
import type { Image } from './resolve.js';

/** Chameleon's CC-* images log in as cc; others by their distribution. */
export function sshUserFor(image: Pick<Image, 'name' | 'properties'>): string | null {
  const declared = image.properties.default_user ?? image.properties['ssh_user'];
  if (declared) return declared;
  if (/^CC-/i.test(image.name)) return 'cc';
  const distro = (image.properties.os_distro ?? image.name).toLowerCase();
  if (distro.includes('ubuntu')) return 'ubuntu';
  if (distro.includes('debian')) return 'debian';
  if (distro.includes('centos')) return 'cloud-user';
  if (distro.includes('rocky') || distro.includes('alma')) return 'cloud-user';
  if (distro.includes('fedora')) return 'fedora';
  return null;
}

export function sshCommand(
  user: string | null,
  address: string | null,
  privateKeyPath: string | null,
): string | null {
  if (!address) return null;
  const key = privateKeyPath ? `-i ${privateKeyPath} ` : '';
  return `ssh ${key}${user ?? 'cc'}@${address}`;
}
