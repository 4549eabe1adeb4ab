// `npm run demo`: runs envboot end to end on this machine and prints what each step answers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const envboot = `${root}apps/envboot/bin/envboot.js`;

function step(title, args, input) {
  console.log(`\n$ envboot ${args.join(' ')}${input ? ' < (envelope)' : ''}\n# ${title}`);
  const r = spawnSync(process.execPath, [envboot, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    cwd: root,
  });
  process.stdout.write(r.stdout);
  if (r.stderr.trim()) process.stdout.write(r.stderr.replace(/^/gm, '  stderr: '));
  return r;
}

const v = step('which envboot this is', ['--version']);
const plan = readFileSync(`${root}examples/envelopes/plan.json`, 'utf8');
const checked = step('an envelope from a pipe, checked against the schemas', ['validate', '--pretty'], plan);
const broken = step(
  'a broken envelope: a clear error, exit 2',
  ['validate'],
  plan.replace('"count": 1', '"count": "one"'),
);
const ok = v.status === 0 && checked.status === 0 && broken.status === 2;
console.log(`\ndemo ${ok ? 'finished' : 'FAILED'}`);
process.exit(ok ? 0 : 1);
