// Package names read from URLs: what `pip install <url>` installs.

/**
 * The distribution a URL or archive installs: `#egg=` when given, a wheel's or source archive's file name
 * (`tensorflow-0.8.0-cp27-none-linux_x86_64.whl`), or a VCS URL's repository (`git+https://…/keras.git@1.0`).
 */
export function urlPackageName(target: string): string | null {
  const egg = /[#&]egg=([A-Za-z0-9_.-]+)/.exec(target);
  if (egg) return egg[1]!;
  const path = target.replace(/[?#].*$/, '');
  if (/^(git|hg)\+/.test(path)) return /\/([A-Za-z0-9_.-]+?)(?:\.git)?(?:@[^/]*)?$/.exec(path)?.[1] ?? null;
  const file = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  // A wheel named by a glob (/tmp/wheels/tensorflow*.whl) still names its package.
  return /^([A-Za-z0-9_.]+?)(?:-\d[^/]*|-?\*[^/]*)\.(?:whl|tar\.gz|tgz|zip)$/.exec(file)?.[1] ?? null;
}
