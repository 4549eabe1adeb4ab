// One live node: a sandbox directory standing for the machine's disk (its / ; cc's home is <sandbox>/home/cc), an
// SSH server on a loopback address that accepts cc with the keys in cc's authorized_keys, and every process it
// started, each in its own process group so that ending the node ends them all.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, join, posix } from 'node:path';
import type { Logger } from '@envboot/core';
import ssh2 from 'ssh2';
import type { AuthContext, Connection, ServerChannel } from 'ssh2';
import { planBoot } from './cloudinit.js';
import { bootLines, finishedLine } from './console.js';
import { generateHostKey, type HostKey } from './hostkey.js';
import { inNamespace, namespacesAvailable, startNamespace, type NodeNamespace } from './namespaces.js';
import { writeShims, type Gpu } from './shims.js';

export interface LiveNodeOptions {
  serverId: string;
  name: string;
  /** The sandbox directory (created here, removed when the node ends). */
  root: string;
  /** The loopback address to listen on. */
  address: string;
  /** The key pair's public key named at create, if any. */
  publicKey: string | undefined;
  userData: string | null | undefined;
  gpu: Gpu | undefined;
  /** Virtual time the server became ACTIVE (for the console's stamps). */
  launchedAt: number;
  log: Logger;
}

export type NodeState = 'booting' | 'up' | 'ended';

export class LiveNode {
  readonly hostKey: HostKey = generateHostKey();
  readonly home: string;
  state: NodeState = 'booting';
  /** When sshd began to listen, and when a key first logged in (wall-clock ms): how long a client took to get in. */
  upAt: number | null = null;
  /** The node's own PID and mount namespace, where the simulator runs as root (else a plain sandbox). */
  #namespace: NodeNamespace | null = null;
  firstLoginAt: number | null = null;
  /** Port it listens on (known once prepared). */
  port: number | undefined;
  readonly #o: LiveNodeOptions;
  readonly #console: string[];
  readonly #groups = new Set<number>();
  readonly #connections = new Set<Connection>();
  #ssh: ssh2.Server | undefined;
  #address: string;

  constructor(o: LiveNodeOptions) {
    this.#o = o;
    this.#address = o.address;
    this.home = join(o.root, 'home', 'cc');
    this.#console = bootLines({ name: o.name, at: o.launchedAt, publicKey: this.hostKey.publicKey });
    mkdirSync(join(this.home, '.ssh'), { recursive: true, mode: 0o700 });
    mkdirSync(join(o.root, 'run', 'cloud-init'), { recursive: true });
    writeFileSync(this.#statusFile, 'not started\n');
    writeShims(this.#bin, this.#statusFile, o.gpu);
    writeFileSync(this.#authorizedKeys, o.publicKey ? `${o.publicKey.trim()}\n` : '', { mode: 0o600 });
  }

  get address(): string {
    return this.#address;
  }

  get #bin(): string {
    return join(this.#o.root, 'usr', 'local', 'bin');
  }

  get #statusFile(): string {
    return join(this.#o.root, 'run', 'cloud-init', 'status');
  }

  get #authorizedKeys(): string {
    return join(this.home, '.ssh', 'authorized_keys');
  }

  consoleText(): string {
    return this.#console.join('\n') + '\n';
  }

  /** Picks the port: 22 when this address allows it, else a free one. The port stays closed until boot(). */
  async prepare(): Promise<void> {
    try {
      this.port = await probePort(this.#address, 22);
    } catch (err) {
      // Systems other than Linux have only 127.0.0.1 of 127/8 on the loopback interface.
      if ((err as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw err;
      this.#address = '127.0.0.1';
      this.port = await probePort(this.#address, 22);
    }
    this.port ??= await probePort(this.#address, 0);
  }

  /** The machine has booted: cloud-init starts the user data, then sshd answers. */
  async boot(now: number): Promise<void> {
    if (this.state !== 'booting') return;
    if (namespacesAvailable()) {
      this.#namespace = await startNamespace(this.home, this.#env());
      if (this.#namespace.holder.pid !== undefined) this.#groups.add(this.#namespace.holder.pid);
      // end() may have come while the namespace was starting.
      if ((this.state as NodeState) === 'ended') {
        killGroup(this.#namespace.holder.pid!);
        return;
      }
    }
    this.#runUserData(now);
    const server = new ssh2.Server({ hostKeys: [this.hostKey.privateKey] }, (client) => this.#accept(client));
    await new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EADDRINUSE' || this.port === 0) return reject(err);
        // Taken since prepare(): another free port, shown in the server's record.
        this.#o.log.warn(
          { server: this.#o.serverId },
          `port ${this.port} was taken; the node listens elsewhere`,
        );
        this.port = 0;
        server.listen(0, this.#address);
      };
      server.on('error', onError);
      server.listen(this.port ?? 0, this.#address, () => {
        server.off('error', onError);
        resolve();
      });
    });
    this.port = (server.address() as { port: number }).port;
    // end() may have come while it was starting to listen.
    if ((this.state as NodeState) === 'ended') {
      server.close();
      return;
    }
    this.#ssh = server;
    this.state = 'up';
    this.upAt = Date.now();
  }

  /** Ends every process the node started (their whole process groups), closes sshd and removes the sandbox. */
  end(): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    for (const pgid of this.#groups) killGroup(pgid);
    this.#ssh?.close();
    for (const c of this.#connections) c.end();
    rmSync(this.#o.root, { recursive: true, force: true });
  }

  #env(): NodeJS.ProcessEnv {
    return {
      HOME: this.home,
      USER: 'cc',
      LOGNAME: 'cc',
      SHELL: '/bin/bash',
      PATH: `${this.#bin}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      LANG: 'C.UTF-8',
      HOSTNAME: this.#o.name,
    };
  }

  /** How the node's commands are kept apart: their own namespaces, or a sandbox directory only. */
  get isolation(): 'namespaces' | 'sandbox' {
    return this.#namespace ? 'namespaces' : 'sandbox';
  }

  #spawn(command: string, args: string[]): ChildProcess {
    const [program, argv] = this.#namespace
      ? inNamespace(this.#namespace, this.home, command, args)
      : [command, args];
    const child = spawn(program, argv, { cwd: this.home, env: this.#env(), detached: true, stdio: 'pipe' });
    if (child.pid !== undefined) this.#groups.add(child.pid);
    // A command that exits without reading its input: what it was sent is of no use any more.
    child.stdin?.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') throw err;
    });
    return child;
  }

  #runUserData(now: number): void {
    const plan = planBoot(this.#o.userData);
    const write = (line: string) => this.#console.push(line);
    for (const w of plan.warnings) write(`[   15.100000] cloud-init[1301]: ${w}`);
    if (plan.error) {
      write(`[   15.100000] cloud-init[1301]: ${plan.error}`);
      writeFileSync(this.#statusFile, 'error\n');
      return;
    }
    for (const f of plan.writeFiles) {
      const target = join(this.#o.root, posix.normalize(`/${f.path}`));
      mkdirSync(dirname(target), { recursive: true });
      if (f.append) appendFileSync(target, f.content);
      else writeFileSync(target, f.content);
      chmodSync(target, f.mode);
    }
    if (plan.keys.length)
      appendFileSync(this.#authorizedKeys, plan.keys.map((k) => `${k.trim()}\n`).join(''));
    if (!plan.script) {
      write(finishedLine(now, 16));
      writeFileSync(this.#statusFile, 'done\n');
      return;
    }
    writeFileSync(this.#statusFile, 'running\n');
    const scripts = join(this.#o.root, 'var', 'lib', 'cloud', 'instance', 'scripts');
    mkdirSync(scripts, { recursive: true });
    const file = join(scripts, 'part-001');
    writeFileSync(file, plan.script, { mode: 0o755 });
    const child = this.#spawn(file, []);
    child.stdin?.end();
    let partial = '';
    const onData = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) write(`[   15.400000] cloud-init[1301]: ${l}`);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', (err) => {
      write(`[   15.400000] cloud-init[1301]: ${err.message}`);
      if (this.state !== 'ended') writeFileSync(this.#statusFile, 'error\n');
    });
    child.on('close', (code) => {
      if (partial) write(`[   15.400000] cloud-init[1301]: ${partial}`);
      if (this.state === 'ended') return;
      if (code !== 0)
        write(
          `[   15.500000] cloud-init[1301]: Failed to run module scripts-user (scripts in /var/lib/cloud/instance/scripts)`,
        );
      write(finishedLine(now, 16));
      writeFileSync(this.#statusFile, code === 0 ? 'done\n' : 'error\n');
    });
  }

  /** The public keys cc accepts now: its authorized_keys, as sshd reads it at each login. */
  #keys(): ReturnType<typeof ssh2.utils.parseKey>[] {
    let text: string;
    try {
      text = readFileSync(this.#authorizedKeys, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => ssh2.utils.parseKey(l));
  }

  #authenticate(ctx: AuthContext): void {
    if (ctx.method !== 'publickey' || ctx.username !== 'cc') return ctx.reject(['publickey']);
    const key = this.#keys().find(
      (k): k is ssh2.ParsedKey => !(k instanceof Error) && k.getPublicSSH().equals(ctx.key.data),
    );
    if (!key) return ctx.reject(['publickey']);
    if (!ctx.signature || !ctx.blob) return ctx.accept();
    if (key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
    this.firstLoginAt ??= Date.now();
    ctx.accept();
  }

  #accept(client: Connection): void {
    this.#connections.add(client);
    client.on('close', () => this.#connections.delete(client));
    client.on('error', (err) => this.#o.log.debug({ err, server: this.#o.serverId }, 'ssh connection error'));
    client.on('authentication', (ctx) => this.#authenticate(ctx));
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        session.on('pty', (accept) => accept?.());
        session.on('env', (accept) => accept?.());
        session.on('exec', (accept, _reject, info) => this.#run(accept(), ['-c', info.command]));
        session.on('shell', (accept) => this.#run(accept(), ['-l']));
      });
    });
  }

  /** A command or a shell (without a terminal) in cc's home; its exit status goes back to the client. */
  #run(channel: ServerChannel, args: string[]): void {
    if (this.state !== 'up') {
      channel.exit(255);
      channel.end();
      return;
    }
    const child = this.#spawn('/bin/bash', args);
    channel.pipe(child.stdin!);
    child.stdout!.pipe(channel, { end: false });
    child.stderr!.pipe(channel.stderr, { end: false });
    child.on('error', (err) => {
      channel.stderr.write(`${err.message}\n`);
      channel.exit(127);
      channel.end();
    });
    child.on('close', (code, signal) => {
      if (signal) channel.exit(signal.replace(/^SIG/, ''), false, '');
      else channel.exit(code ?? 255);
      channel.end();
    });
  }
}

/** The port if `port` can be listened on at `address` (0: a free one), else undefined. */
function probePort(address: string, port: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EACCES' || err.code === 'EADDRINUSE') resolve(undefined);
      else reject(err);
    });
    probe.listen(port, address, () => {
      const got = (probe.address() as { port: number }).port;
      probe.close(() => resolve(got));
    });
  });
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch (err) {
    // The group has no process left.
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}
