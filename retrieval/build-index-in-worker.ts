import { Worker } from 'node:worker_threads';
import type { Configuration } from '../config/configuration.js';
import { IndexError } from './search-index.js';

/**
 * Rebuilds the index in a worker thread (the build is CPU-bound for several seconds). The worker runs the
 * TypeScript sources through tsx (see index-build-worker-entry.mjs). Resolves when the new index is saved.
 */
export function buildIndexInWorker(configuration: Configuration): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./index-build-worker-entry.mjs', import.meta.url), { workerData: { configuration } });
    let settled = false;
    worker.once('message', (message: { ok: boolean; message?: string }) => {
      settled = true;
      if (message.ok) resolve();
      else reject(new IndexError('index-rebuild', 'Het opnieuw opbouwen van de index is mislukt; de oude index blijft in gebruik.', message.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(new IndexError('index-rebuild', 'Het opnieuw opbouwen van de index is mislukt; de oude index blijft in gebruik.', error.message, { cause: error }));
    });
    worker.once('exit', (code) => {
      if (!settled) {
        settled = true;
        reject(new IndexError('index-rebuild', 'Het opnieuw opbouwen van de index is mislukt; de oude index blijft in gebruik.', `worker exited with ${code}`));
      }
    });
  });
}
