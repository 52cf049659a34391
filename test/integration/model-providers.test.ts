import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StuurwijzerEngine } from '../../engine/stuurwijzer-engine.js';
import { fakeReply, startFakeOpenAiServer, type FakeOpenAiServer } from '../fakes/fake-openai-server.js';
import { testConfiguration } from '../helpers/test-configuration.js';

let server: FakeOpenAiServer;
const audit = mkdtempSync(join(tmpdir(), 'stuurwijzer-providers-'));
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(async () => {
  await server.close();
  rmSync(audit, { recursive: true, force: true });
});

/**
 * The README's provider examples, exercised by configuration alone against the loopback fake: only the base URL
 * (its path), the key and the model name differ between OpenAI, Azure OpenAI (v1 API), Ollama, vLLM and LM Studio.
 */
const providers = [
  { name: 'OpenAI', path: '/v1', key: 'sk-test', model: 'gpt-4.1-mini' },
  { name: 'Azure OpenAI (v1 API)', path: '/openai/v1', key: 'azure-key', model: 'my-gpt-deployment' },
  { name: 'Ollama', path: '/v1', key: '', model: 'llama3.1:8b' },
  { name: 'vLLM', path: '/v1', key: 'token-abc', model: 'mistralai/Mistral-7B-Instruct-v0.3' },
  { name: 'LM Studio', path: '/v1', key: '', model: 'qwen2.5-7b-instruct' },
];

describe('OpenAI-compatible providers by configuration alone', () => {
  it.each(providers)('$name', async (provider) => {
    const base = server.baseUrl.replace(/\/v1$/, provider.path);
    const engine = await StuurwijzerEngine.open(
      testConfiguration({ LLM_BASE_URL: base, LLM_CHAT_MODEL: provider.model, LLM_API_KEY: provider.key, LLM_MAX_RETRIES: '0', AUDIT_LOG_PATH: join(audit, `${provider.model.replace(/\W/g, '-')}.jsonl`) }),
    );
    server.setScript([fakeReply.text('Vraagsturing stelt de vraag van de burger centraal [1].')]);
    const answer = await engine.ask('Wat is vraagsturing?');
    expect(answer.mode).toBe('llm');
    const request = [...server.requests].reverse().find((item) => item.endpoint === 'chat')!;
    expect(request.path).toBe(`${provider.path}/chat/completions`);
    expect(request.body).toMatchObject({ model: provider.model });
    expect(request.headers.authorization).toBe(`Bearer ${provider.key || 'not-needed'}`);
  });
});
