/** Options for {@link RecordingLog.waitFor}. */
export interface WaitForOptions {
  /**
   * Only consider entries recorded at or after this index. Default 0: entries that
   * already arrived count too, so a test cannot miss a call that raced ahead of it.
   * Pass `log.entries.length` to wait for a *new* entry only.
   */
  fromIndex?: number;
}

interface Waiter<Entry> {
  predicate: (entry: Entry) => boolean;
  resolve: (entry: Entry) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** An append-only list of recorded entries that tests can await. */
export class RecordingLog<Entry> {
  readonly entries: Entry[] = [];
  private readonly waiters = new Set<Waiter<Entry>>();
  private closedReason: string | undefined;

  constructor(private readonly description: string) {}

  record(entry: Entry): void {
    this.entries.push(entry);
    for (const waiter of [...this.waiters]) {
      if (!waiter.predicate(entry)) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(entry);
    }
  }

  waitFor(predicate: (entry: Entry) => boolean, timeoutMs: number, options: WaitForOptions = {}): Promise<Entry> {
    const existing = this.entries.slice(options.fromIndex ?? 0).find(predicate);
    if (existing !== undefined) return Promise.resolve(existing);
    if (this.closedReason !== undefined) {
      return Promise.reject(new Error(`${this.description}: ${this.closedReason}`));
    }
    return new Promise<Entry>((resolve, reject) => {
      const waiter: Waiter<Entry> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`${this.description}: no matching entry within ${timeoutMs} ms (${this.entries.length} recorded)`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Rejects every pending waiter; later waits reject immediately. */
  close(reason: string): void {
    this.closedReason = reason;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`${this.description}: ${reason}`));
    }
    this.waiters.clear();
  }
}
