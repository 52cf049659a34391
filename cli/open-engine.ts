import { readConfiguration } from '../config/configuration.js';
import { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { ProgressBar } from './progress-bar.js';

/** Reads the configuration and opens the engine, building the index with a progress bar when needed. */
export async function openEngine(options: { rebuild?: boolean; quiet?: boolean } = {}): Promise<StuurwijzerEngine> {
  const configuration = readConfiguration();
  const bar = new ProgressBar();
  let announced = false;
  return StuurwijzerEngine.open(configuration, {
    rebuild: options.rebuild,
    onProgress: (stage, done, total) => {
      if (options.quiet) return;
      if (!announced) {
        process.stderr.write('Index wordt opgebouwd (eenmalig, enkele seconden)…\n');
        announced = true;
      }
      bar.update(stage, done, total);
    },
    onNotice: (notice) => process.stderr.write(`Let op: ${notice}\n`),
  });
}
