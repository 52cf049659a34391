import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { readConfiguration } from '../config/configuration.js';
import { KnowledgeBase } from '../engine/knowledge-base.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dataDirectory: string;
  }
}

/** Builds the offline index once into a temporary data directory that every test may read (never write). */
export default async function setup(project: TestProject): Promise<() => void> {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'stuurwijzer-test-'));
  await KnowledgeBase.open(readConfiguration({ STUURWIJZER_DATA_DIR: dataDirectory }));
  project.provide('dataDirectory', dataDirectory);
  return () => rmSync(dataDirectory, { recursive: true, force: true });
}
