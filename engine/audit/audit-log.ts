import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One audited interaction. No raw message text unless explicitly enabled (AUDIT_LOG_TEXT=true). */
export interface AuditEntry {
  time: string;
  /** Salted SHA-256 of the user id: lets feedback and abuse be traced per user without storing who it is. */
  user: string | null;
  channel: string | null;
  interface: 'cli' | 'chat' | 'discord' | 'test';
  command: string;
  /** Id of the answer or result, for linking feedback. */
  resultId?: string;
  passages?: string[];
  model?: string | null;
  endpoint?: string | null;
  latencyMs?: number;
  outcome: string;
  feedback?: 'up' | 'down';
  /** Only with AUDIT_LOG_TEXT=true, and then already stripped of personal data. */
  text?: string;
}

export interface AuditContext {
  userId?: string;
  channelId?: string;
  interface: AuditEntry['interface'];
}

/**
 * Append-only audit log as JSON lines (Dutch government guidance on generative AI asks for traceability). Old
 * entries are pruned after the retention period when the log is opened and once a day after that.
 */
export class AuditLog {
  private readonly salt: string;
  private lastPrune = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly retentionDays: number,
    readonly includeText: boolean,
    private readonly clock: () => Date = () => new Date(),
  ) {
    mkdirSync(dirname(path), { recursive: true });
    const saltPath = join(dirname(path), 'audit-salt');
    if (!existsSync(saltPath)) {
      const created = randomBytes(16).toString('hex');
      // The salt is written once; losing it only means old and new hashes no longer match.
      try {
        writeFileSyncExclusive(saltPath, created);
      } catch {
        /* another process created it first */
      }
    }
    this.salt = readFileSync(saltPath, 'utf8').trim();
  }

  hashUser(userId: string | undefined): string | null {
    if (!userId) return null;
    return createHash('sha256').update(`${this.salt}:${userId}`).digest('hex').slice(0, 32);
  }

  /** Appends one entry (serialised with other writes so lines never interleave). */
  async record(entry: Omit<AuditEntry, 'time' | 'user' | 'channel' | 'interface'> & { context: AuditContext }): Promise<void> {
    const { context, ...rest } = entry;
    const line: AuditEntry = {
      time: this.clock().toISOString(),
      user: this.hashUser(context.userId),
      channel: context.channelId ?? null,
      interface: context.interface,
      ...rest,
    };
    if (!this.includeText) delete line.text;
    this.writing = this.writing.then(async () => {
      if (this.clock().getTime() - this.lastPrune > 24 * 3600 * 1000) await this.prune();
      await appendFile(this.path, `${JSON.stringify(line)}\n`, 'utf8');
    });
    await this.writing;
  }

  /** Removes entries older than the retention period (rewrites the file atomically). */
  async prune(): Promise<number> {
    this.lastPrune = this.clock().getTime();
    if (!existsSync(this.path)) return 0;
    const cutoff = this.clock().getTime() - this.retentionDays * 24 * 3600 * 1000;
    const lines = (await readFile(this.path, 'utf8')).split('\n').filter(Boolean);
    const kept = lines.filter((line) => {
      try {
        return Date.parse((JSON.parse(line) as AuditEntry).time) >= cutoff;
      } catch {
        return false;
      }
    });
    if (kept.length === lines.length) return 0;
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, kept.length > 0 ? `${kept.join('\n')}\n` : '', 'utf8');
    await rename(temporary, this.path);
    return lines.length - kept.length;
  }

  async entries(): Promise<AuditEntry[]> {
    await this.writing;
    if (!existsSync(this.path)) return [];
    return (await readFile(this.path, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as AuditEntry);
  }
}

/** `wx` fails when the file exists, so two processes never overwrite each other's salt. */
function writeFileSyncExclusive(path: string, content: string): void {
  writeFileSync(path, content, { flag: 'wx', mode: 0o600 });
}
