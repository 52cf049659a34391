/**
 * Worker-thread entry point: builds and saves the search index off the main thread, so a running bot keeps
 * answering (and acknowledging Discord interactions) while `/beheer herindexeer` rebuilds. Posts `{ ok: true }` or
 * `{ ok: false, message }` when done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Configuration } from '../config/configuration.js';
import { KnowledgeBase } from '../engine/knowledge-base.js';

const configuration = (workerData as { configuration: Configuration }).configuration;
try {
  await KnowledgeBase.open(configuration, { rebuild: true });
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
