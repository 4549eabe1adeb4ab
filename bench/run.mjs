// `npm run bench`: runs every benchmark, prints its figures and writes them into docs/benchmarks.md.
import { runStartup, startupMarkdown } from './startup.mjs';
import { writeSection } from './lib.mjs';
import { runSim, simMarkdown } from './sim.mjs';
import { analyzeMarkdown, runAnalyze } from './analyze.mjs';
import { pipelineMarkdown, runPipeline } from './pipeline.mjs';
import { capacityMarkdown, runCapacity } from './capacity.mjs';
import { capacitySitesMarkdown, runCapacitySites } from './capacity-sites.mjs';
import { provisionMarkdown, runProvision } from './provision.mjs';
import { runSetup, setupMarkdown } from './setup.mjs';
import { runSsh, sshMarkdown } from './ssh.mjs';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const benches = {
  startup: () => startupMarkdown(runStartup()),
  sim: () => simMarkdown(runSim()),
  analyze: () => analyzeMarkdown(runAnalyze()),
  pipeline: async () => pipelineMarkdown(await runPipeline()),
  capacity: () => capacityMarkdown(runCapacity()),
  'capacity-sites': async () => capacitySitesMarkdown(await runCapacitySites()),
  provision: async () => provisionMarkdown(await runProvision()),
  ssh: async () => sshMarkdown(await runSsh()),
  setup: async () => setupMarkdown(await runSetup()),
};

for (const [name, bench] of Object.entries(benches)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n## ${name}\n`);
  const md = await bench();
  console.log(md);
  if (!process.argv.includes('--no-write')) writeSection(name, md);
}
