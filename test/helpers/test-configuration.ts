import { inject } from 'vitest';
import { readConfiguration, type Configuration } from '../../config/configuration.js';

/** The configuration tests use: the shared prebuilt index, no model, no Discord. */
export function testConfiguration(overrides: Record<string, string> = {}): Configuration {
  return readConfiguration({ STUURWIJZER_DATA_DIR: inject('dataDirectory'), ...overrides });
}
