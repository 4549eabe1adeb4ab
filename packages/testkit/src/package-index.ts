// A local Python package index for tests and the demo, which have no internet: wheels built here (pure-Python
// stand-ins, zipped by Python's own zipfile), served over real HTTP as a find-links page and a PEP 503 simple index.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface WheelSpec {
  name: string;
  version: string;
  /** Files of the wheel by path ("torch/__init__.py" → its text). */
  files: Record<string, string>;
  /** Requires-Dist lines ("numpy>=1.20"). */
  requires?: string[];
  /** The dist-info's entry_points.txt (a package that plugs into another, as wheel into setuptools). */
  entryPoints?: string;
}

const BUILD_WHEEL = `
import base64, hashlib, json, sys, zipfile
spec, out = json.loads(sys.argv[1]), sys.argv[2]
name, version = spec["name"], spec["version"]
dist = f"{name.replace('-', '_')}-{version}.dist-info"
meta = f"Metadata-Version: 2.1\\nName: {name}\\nVersion: {version}\\n"
meta += "".join(f"Requires-Dist: {r}\\n" for r in spec.get("requires", []))
files = dict(spec["files"])
files[f"{dist}/METADATA"] = meta
if spec.get("entryPoints"):
    files[f"{dist}/entry_points.txt"] = spec["entryPoints"]
files[f"{dist}/WHEEL"] = "Wheel-Version: 1.0\\nGenerator: envboot-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n"
record = []
for path, text in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record.append(f"{path},sha256={digest},{len(text.encode())}")
record.append(f"{dist}/RECORD,,")
files[f"{dist}/RECORD"] = "\\n".join(record) + "\\n"
with zipfile.ZipFile(f"{out}/{name.replace('-', '_')}-{version}-py3-none-any.whl", "w") as z:
    for path, text in files.items():
        z.writestr(path, text)
`;

/** Builds each wheel into `dir` (python3 must be installed). */
export function buildWheels(dir: string, wheels: WheelSpec[]): void {
  mkdirSync(dir, { recursive: true });
  for (const spec of wheels) execFileSync('python3', ['-c', BUILD_WHEEL, JSON.stringify(spec), dir]);
}

/**
 * A wheel of a package Debian has installed (its files as they are): the build tools pip fetches for a project's
 * own build (setuptools, wheel) come from Debian's archive this way, as no index is reachable.
 */
export function installedPackageWheel(
  name: string,
  version: string,
  dir: string,
  extra: Pick<WheelSpec, 'entryPoints'> = {},
): WheelSpec {
  const files: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === '__pycache__') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.py')) files[`${prefix}${entry.name}`] = readFileSync(path, 'utf8');
    }
  };
  walk(dir, `${name}/`);
  return { name, version, files, ...extra };
}

/** PEP 503's normalised project name. */
const normalise = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

export interface PackageIndex {
  /** The find-links page: every wheel, one link each (`pip --find-links URL`). */
  findLinksUrl: string;
  /** The simple index (`pip --index-url URL`). */
  indexUrl: string;
  /** The wheel files fetched so far, in order. */
  downloads: string[];
  close(): Promise<void>;
}

/** Serves the wheels of `dir` on 127.0.0.1 (the listing is read at each request, so wheels may be added later). */
export async function startPackageIndex(dir: string): Promise<PackageIndex> {
  const downloads: string[] = [];
  const wheels = () => readdirSync(dir).filter((f) => f.endsWith('.whl'));
  const links = (files: string[], prefix: string) =>
    `<!DOCTYPE html><html><body>\n${files.map((f) => `<a href="${prefix}${f}">${f}</a><br>`).join('\n')}\n</body></html>\n`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    if (path === '/' || path === '/wheels/') return html(links(wheels(), '/files/'));
    if (path === '/simple/') {
      const projects = [...new Set(wheels().map((f) => normalise(f.split('-')[0]!)))];
      return html(
        links(
          projects.map((p) => `${p}/`),
          '/simple/',
        ),
      );
    }
    const project = /^\/simple\/([^/]+)\/$/.exec(path);
    if (project)
      return html(
        links(
          wheels().filter((f) => normalise(f.split('-')[0]!) === normalise(project[1]!)),
          '/files/',
        ),
      );
    const file = /^\/files\/([^/]+\.whl)$/.exec(path);
    if (file && wheels().includes(file[1]!)) {
      downloads.push(file[1]!);
      return res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(readFileSync(join(dir, file[1]!)));
    }
    res.writeHead(404).end('not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    findLinksUrl: `${base}/wheels/`,
    indexUrl: `${base}/simple/`,
    downloads,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Stand-ins for torch and its companions: what a GPU check asks of torch answered from the node's nvidia-smi (a
 * GPU node of the simulator has one, a CPU node none), so that the check's verdict depends on the node, as torch's
 * would. They are not torch: they only let set-up's checks run where the real wheels cannot be fetched.
 */
export function standInTorch(version = '2.1.0', cuda = '12.1'): WheelSpec[] {
  const torch = `"""A stand-in for torch in envboot's tests: it asks nvidia-smi what the real one asks the driver."""
import shutil, subprocess
__version__ = "${version}+cu${cuda.replace('.', '')}"
class version:
    cuda = "${cuda}"
def _gpus():
    if shutil.which("nvidia-smi") is None:
        return []
    out = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True).stdout
    return [line.split(": ", 1)[1].split(" (")[0] for line in out.splitlines() if line.startswith("GPU ")]
class cuda:
    @staticmethod
    def is_available():
        return len(_gpus()) > 0
    @staticmethod
    def device_count():
        return len(_gpus())
    @staticmethod
    def get_device_name(i=0):
        return _gpus()[i]
`;
  return [
    { name: 'torch', version, files: { 'torch/__init__.py': torch } },
    {
      name: 'torchvision',
      version: '0.16.0',
      files: { 'torchvision/__init__.py': '__version__ = "0.16.0"\n' },
      requires: [`torch==${version}`],
    },
    { name: 'tqdm', version: '4.66.1', files: { 'tqdm/__init__.py': '__version__ = "4.66.1"\n' } },
  ];
}
