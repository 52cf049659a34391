import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../engine/audit/audit-log.js';

const directory = mkdtempSync(join(tmpdir(), 'stuurwijzer-audit-unit-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('audit log', () => {
  it('appends JSON lines with a salted user hash and without text unless enabled', async () => {
    const log = new AuditLog(join(directory, 'a', 'audit.jsonl'), 30, false);
    await log.record({ context: { interface: 'discord', userId: '123', channelId: '9' }, command: 'vraag', outcome: 'answered', text: 'geheim' });
    await log.record({ context: { interface: 'cli' }, command: 'ask', outcome: 'no-answer' });
    const lines = readFileSync(log.path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ interface: 'discord', channel: '9', command: 'vraag', outcome: 'answered' });
    expect(lines[0]!.user).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(lines)).not.toContain('geheim');
    expect(JSON.stringify(lines)).not.toContain('"123"');
    expect(lines[1]!.user).toBeNull();
    const withText = new AuditLog(join(directory, 'b', 'audit.jsonl'), 30, true);
    await withText.record({ context: { interface: 'cli' }, command: 'ask', outcome: 'answered', text: 'zichtbaar' });
    expect(readFileSync(withText.path, 'utf8')).toContain('zichtbaar');
  });

  it('prunes entries older than the retention period, on open and daily', async () => {
    const path = join(directory, 'c', 'audit.jsonl');
    let now = new Date('2026-03-01T12:00:00Z');
    const log = new AuditLog(path, 10, false, () => now);
    writeFileSync(
      path,
      [
        JSON.stringify({ time: '2026-01-01T00:00:00.000Z', outcome: 'old' }),
        JSON.stringify({ time: '2026-02-25T00:00:00.000Z', outcome: 'recent' }),
        'not json',
      ].join('\n') + '\n',
    );
    await log.record({ context: { interface: 'cli' }, command: 'ask', outcome: 'new' });
    expect((await log.entries()).map((entry) => entry.outcome)).toEqual(['recent', 'new']);
    now = new Date('2026-03-08T12:00:00Z'); // 'recent' is now 11.5 days old; a day has passed since the last prune
    await log.record({ context: { interface: 'cli' }, command: 'ask', outcome: 'later' });
    expect((await log.entries()).map((entry) => entry.outcome)).toEqual(['new', 'later']);
  });

  it('hashes the same user the same way within one installation', () => {
    const log = new AuditLog(join(directory, 'd', 'audit.jsonl'), 30, false);
    const again = new AuditLog(join(directory, 'd', 'audit.jsonl'), 30, false);
    expect(log.hashUser('abc')).toBe(again.hashUser('abc'));
    expect(log.hashUser('abc')).not.toBe(log.hashUser('abd'));
  });
});
