/** A one-line progress bar on stderr (only when stderr is a terminal, so JSON on stdout stays clean). */
export class ProgressBar {
  private lastStage = '';
  private lastDraw = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  update(stage: string, done: number, total: number): void {
    const now = Date.now();
    const finished = done >= total;
    if (stage === this.lastStage && !finished && now - this.lastDraw < 80) return;
    this.lastDraw = now;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const percent = total > 0 ? Math.round((done / total) * 100) : 100;
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}%  ${stage}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line.padEnd(78)}`);
      if (finished) this.stream.write('\n');
    } else if (stage !== this.lastStage || finished) {
      if (finished) this.stream.write(`${line}\n`);
    }
    this.lastStage = finished ? '' : stage;
  }
}
