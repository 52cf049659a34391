import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigurationError } from '../engine/errors.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== '' ? value.trim() : undefined));
const idList = z
  .string()
  .optional()
  .transform((value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every setting, read from the environment in one place and validated at start. */
export const configurationSchema = z.object({
  STUURWIJZER_CORPUS_DIR: z.string().default(`${projectRoot}corpus`),
  STUURWIJZER_DATA_DIR: z.string().default(`${projectRoot}data`),
  STUURWIJZER_SEARCH_EF: z.coerce.number().int().min(10).max(1000).default(100),
  STUURWIJZER_OFFLINE_DIMENSIONS: z.coerce.number().int().min(16).max(512).default(160),
  STUURWIJZER_MAX_QUESTION_CHARACTERS: z.coerce.number().int().min(100).max(100_000).default(4000),
  STUURWIJZER_MIN_COVERAGE: z.coerce.number().min(0).max(1).default(0.55),

  LLM_BASE_URL: optionalText,
  LLM_API_KEY: optionalText,
  LLM_CHAT_MODEL: optionalText,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  LLM_STRUCTURED_OUTPUT: z.enum(['jsonSchema', 'functionCalling', 'jsonMode']).default('jsonSchema'),

  EMBEDDING_BASE_URL: optionalText,
  EMBEDDING_API_KEY: optionalText,
  EMBEDDING_MODEL: optionalText,
  EMBEDDING_DIMENSIONS: z.coerce.number().int().positive().optional(),
  EMBEDDING_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(64),

  PERSONAL_DATA_MODE: z.enum(['refuse', 'redact']).default('refuse'),
  AUDIT_LOG_PATH: optionalText,
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  AUDIT_LOG_TEXT: flag,

  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText,
  DISCORD_API_URL: optionalText,
  DISCORD_GUILD_IDS: idList,
  DISCORD_CHANNEL_IDS: idList,
  DISCORD_ROLE_IDS: idList,
  DISCORD_ADMIN_ROLE_ID: optionalText,
  DISCORD_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(6),
});

export type Configuration = z.infer<typeof configurationSchema>;

/** Reads the configuration from an environment (default: process.env); invalid values are a Dutch error. */
export function readConfiguration(environment: Record<string, string | undefined> = process.env): Configuration {
  const result = configurationSchema.safeParse(environment);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError('configuration-invalid', `De configuratie klopt niet:\n- ${lines.join('\n- ')}`, lines.join('; '));
  }
  return result.data;
}

/** True when a chat model is configured (base URL and model name). */
export function hasChatModel(configuration: Configuration): boolean {
  return Boolean(configuration.LLM_BASE_URL && configuration.LLM_CHAT_MODEL);
}
