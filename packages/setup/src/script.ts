// A plan as a bash script: each step a function run once (finished steps are skipped on a re-run), its output in
// its own log, its state in a status file envboot reads over SSH. Every value from the plan is quoted.
import { createHash, randomBytes } from 'node:crypto';
import { HELPERS } from './helpers.sh.js';
import type { Arg, Command, DirName, SetupPlan } from './model.js';
import { shellQuote } from './quote.js';

const VARIABLE: Record<DirName, string> = { repo: 'REPO_DIR', env: 'ENV_DIR', state: 'STATE_DIR' };

function renderArg(arg: Arg): string {
  if (typeof arg === 'string') return shellQuote(arg);
  const variable = `"$${VARIABLE[arg.dir]}"`;
  return arg.path ? `${variable}/${shellQuote(arg.path)}` : variable;
}

function renderCommand(c: Command): string {
  const parts: string[] = [];
  if (c.cwd) parts.push(`cd ${renderArg({ dir: c.cwd.dir, path: c.cwd.path || undefined })}`);
  for (const [name, value] of Object.entries(c.env ?? {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an environment variable name: ${name}`);
    parts.push(`export ${name}=${renderArg(value)}`);
  }
  parts.push([...(c.sudo ? ['sudo'] : []), ...c.argv.map(renderArg)].join(' '));
  // A subshell, so that one command's folder and environment do not leak into the next.
  return `  ( ${parts.join('; ')} )`;
}

/** Names a plan by its content: a node whose script carries another name runs an older plan. */
export function planDigest(plan: SetupPlan): string {
  const { repo, dirs, steps } = plan;
  return createHash('sha256').update(JSON.stringify({ repo, dirs, steps })).digest('hex').slice(0, 16);
}

/** The line of the script that names its plan (read back by followSetup). */
export const PLAN_MARK = '# envboot-plan: ';

/** The set-up script, to be run as the user (cc) on the node; re-running it skips the finished steps. */
export function renderScript(plan: SetupPlan): string {
  const lines = [
    '#!/bin/bash',
    `${PLAN_MARK}${planDigest(plan)}`,
    `# envboot set-up of ${plan.repo.name}: generated from its analysis. Re-running it skips the finished steps;`,
    '# each step logs to $STATE_DIR/logs/<step>.log and records its state in $STATE_DIR/status.jsonl.',
    'set -u -o pipefail',
    `REPO_DIR="$HOME"/${shellQuote(plan.dirs.repo)}`,
    `ENV_DIR="$HOME"/${shellQuote(plan.dirs.env)}`,
    `STATE_DIR="$HOME"/${shellQuote(plan.dirs.state)}`,
    'mkdir -p "$STATE_DIR/logs" "$STATE_DIR/done"',
    // One run at a time: the lock is held while the script lives, which is how envboot tells a running set-up
    // from one whose process is gone.
    'if command -v flock > /dev/null 2>&1; then',
    '  exec 9>> "$STATE_DIR/lock"',
    '  flock -n 9 || { echo "envboot: the set-up is already running" >&2; exit 75; }',
    'fi',
    HELPERS,
    'envboot_status setup started',
  ];
  for (const step of plan.steps) {
    if (!/^[a-z0-9-]+$/.test(step.id)) throw new Error(`not a step id: ${step.id}`);
    const fn = `envboot_run_${step.id.replace(/-/g, '_')}`;
    lines.push(`# ${step.title.replace(/\n/g, ' ')}`, `${fn}() {`, ...step.commands.map(renderCommand), '}');
  }
  lines.push('');
  for (const step of plan.steps)
    lines.push(`envboot_step ${step.id} envboot_run_${step.id.replace(/-/g, '_')}`);
  lines.push('envboot_status setup ready', `echo "envboot: ready: "${shellQuote(plan.activate)}`, '');
  return lines.join('\n');
}

/**
 * User data that writes the script into the user's home and runs it as that user while the node boots (cloud-init
 * runs user data as root; the steps that need root use sudo).
 */
export function renderUserData(plan: SetupPlan, user = 'cc'): string {
  const script = renderScript(plan);
  let delimiter = 'ENVBOOT_SETUP';
  while (script.includes(delimiter)) delimiter = `ENVBOOT_SETUP_${randomBytes(6).toString('hex')}`;
  const file = `${plan.dirs.state}/setup.sh`;
  return [
    '#!/bin/bash',
    `# envboot: sets ${plan.repo.name} up while the node boots, as ${user}.`,
    `u=${shellQuote(user)}`,
    'if [ "$(id -u)" = 0 ] && id "$u" > /dev/null 2>&1; then home=$(getent passwd "$u" | cut -d: -f6); else u=; home=${HOME:-/root}; fi',
    `mkdir -p "$home"/${shellQuote(plan.dirs.state)}`,
    `cat > "$home"/${shellQuote(file)} << '${delimiter}'`,
    script,
    delimiter,
    `chmod 700 "$home"/${shellQuote(file)}`,
    `if [ -n "$u" ]; then chown -R "$u": "$home/.envboot"; exec sudo -u "$u" -H bash "$home"/${shellQuote(file)}; fi`,
    `exec bash "$home"/${shellQuote(file)}`,
    '',
  ].join('\n');
}
