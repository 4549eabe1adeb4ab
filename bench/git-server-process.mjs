// A Git HTTP server in a process of its own, for benchmarks whose own process also runs the simulator: in one
// process, the simulator's work and git's would wait for each other, which a real Git host and a real cloud never do.
// Prints {"url": …} once listening; stops on SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBareRepo, startGitServer } from '@envboot/testkit';

const [name, dir] = process.argv.slice(2);
const root = mkdtempSync(join(tmpdir(), 'bench-git-'));
await createBareRepo(root, { name, dir });
const server = await startGitServer({ root });
process.stdout.write(`${JSON.stringify({ url: server.repoUrl(name) })}\n`);
process.once('SIGTERM', async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  process.exit(0);
});
