import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { registerSecret } from '@envboot/core';
import { newState, type RunOptions } from './model.js';
import { parseLock, self } from './process-identity.js';
import { RunStore, newRunId, stateDir } from './store.js';

const options = { repo: 'owner/repo', site: 'sim' } as RunOptions;

describe('RunStore', () => {
  it('writes state files atomically, mode 0600 in a 0700 directory', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs');
    const store = new RunStore(dir);
    const state = newState(newRunId(), options);
    store.save(state);
    store.save({ ...state, status: 'completed' });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.path(state.run_id)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual([`${state.run_id}.json`]);
    expect(store.load(state.run_id).status).toBe('completed');
  });

  it('never writes a secret, even one a step recorded by mistake', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    registerSecret('a-very-secret-password');
    const state = newState(newRunId(), {
      ...options,
      repo: 'https://user:a-very-secret-password@example.org/r.git',
    });
    store.save(state);
    expect(JSON.stringify(store.load(state.run_id))).not.toContain('a-very-secret-password');
  });

  it('lists runs newest first and names a missing one', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    const older = newState(newRunId(new Date('2026-11-20T10:00:00Z')), options);
    const newer = newState(newRunId(new Date('2026-11-25T10:00:00Z')), options);
    store.save(older);
    store.save(newer);
    expect(store.list().map((s) => s.run_id)).toEqual([newer.run_id, older.run_id]);
    expect(() => store.load('prov-20200101-0000-000000')).toThrow(/no run prov-20200101-0000-000000/);
    expect(() => store.path('../../etc/passwd')).toThrow(/not a run id/);
  });

  it('leaves out a state file that is not JSON, and says which', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs');
    const store = new RunStore(dir);
    const state = newState(newRunId(), options);
    store.save(state);
    writeFileSync(join(dir, 'prov-20200101-0000-000000.json'), '{"run_id": "prov-2020');
    const unreadable: string[] = [];
    expect(store.list((file, reason) => unreadable.push(`${file}: ${reason}`)).map((s) => s.run_id)).toEqual([
      state.run_id,
    ]);
    expect(unreadable).toEqual([`${join(dir, 'prov-20200101-0000-000000.json')}: it is not JSON`]);
    expect(new RunStore(join(dir, 'none')).list()).toEqual([]);
  });

  it('takes a lock file that names no process for a lock nobody holds', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    const id = newRunId();
    store.lock(id)();
    for (const text of ['', 'x', '-1', '99999999999']) {
      writeFileSync(`${store.path(id)}.lock`, text);
      store.lock(id)();
    }
  });

  it('lets one live process hold a run, and takes over from a dead one', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    const id = newRunId();
    const release = store.lock(id);
    expect(() => {
      // Another live process (pid 1) holds it.
      writeFileSync(`${store.path(id)}.lock`, '1');
      store.lock(id);
    }).toThrow(/in use by process 1/);
    writeFileSync(`${store.path(id)}.lock`, '999999'); // no such process
    const again = store.lock(id);
    again();
    release();
  });

  it('names the live process that holds a run, and none for a lock left by a dead one', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    const id = newRunId();
    expect(store.holder(id)).toBeNull(); // no lock at all
    const release = store.lock(id);
    expect(store.holder(id)).toBe(process.pid);
    release();
    expect(store.holder(id)).toBeNull();
    writeFileSync(`${store.path(id)}.lock`, '999999'); // no such process
    expect(store.holder(id)).toBeNull();
    writeFileSync(`${store.path(id)}.lock`, '1'); // a live one
    expect(store.holder(id)).toBe(1);
  });

  it('tells a lock left by a dead process from one of a live process that was given the same id', () => {
    const store = new RunStore(join(mkdtempSync(join(tmpdir(), 'runs-')), 'runs'));
    const id = newRunId();
    const release = store.lock(id);
    const written = readFileSync(`${store.path(id)}.lock`, 'utf8');
    const me = self();
    expect(parseLock(written)).toEqual(me);
    if (me.started === null) {
      release();
      return; // no /proc: the id is all there is to go by
    }
    expect(store.holder(id)).toBe(process.pid);
    // The same id, started at another moment: the process that wrote the lock is gone.
    writeFileSync(`${store.path(id)}.lock`, `${process.pid} ${Number(me.started) + 1}`);
    expect(store.holder(id)).toBeNull();
    store.lock(id)();
    release();
  });

  it('reads the locks it and older versions write, and nothing else', () => {
    expect(parseLock('4242')).toEqual({ pid: 4242, started: null });
    expect(parseLock('4242 1234567\n')).toEqual({ pid: 4242, started: '1234567' });
    for (const bad of ['', 'x', '-1', '4242 x', '4242 1 2', '99999999999']) expect(parseLock(bad)).toBeNull();
  });

  it('keeps runs under $XDG_STATE_HOME', () => {
    expect(stateDir({ XDG_STATE_HOME: '/x/state' })).toBe('/x/state/envboot/runs');
    expect(stateDir({ HOME: '/home/u' })).toBe('/home/u/.local/state/envboot/runs');
  });
});
