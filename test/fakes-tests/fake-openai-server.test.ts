import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, RateLimitError } from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeEmbedding, fakeReply, startFakeOpenAiServer, type FakeOpenAiServer } from '../fakes/fake-openai-server.js';

const answerSchema = z.object({
  antwoord: z.string(),
  bronnen: z.array(z.number()),
});

describe('fake OpenAI server', () => {
  let server: FakeOpenAiServer;

  beforeEach(async () => {
    server = await startFakeOpenAiServer();
  });

  afterEach(async () => {
    await server.close();
  });

  function sdkClient(overrides: { maxRetries?: number; timeout?: number } = {}): OpenAI {
    return new OpenAI({ apiKey: 'test', baseURL: server.baseUrl, maxRetries: overrides.maxRetries ?? 0, ...(overrides.timeout === undefined ? {} : { timeout: overrides.timeout }) });
  }

  function chatModel(extra: { timeout?: number } = {}): ChatOpenAI {
    return new ChatOpenAI({ model: 'local', apiKey: 'test', configuration: { baseURL: server.baseUrl }, maxRetries: 0, ...extra });
  }

  describe('with the openai SDK', () => {
    it('answers a normal chat completion with the default text and records the request', async () => {
      const completion = await sdkClient().chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'Hallo' }] });

      expect(completion.choices[0]?.message.content).toBe('Antwoord [1]');
      expect(completion.choices[0]?.finish_reason).toBe('stop');
      expect(completion.usage?.prompt_tokens).toBe(1);
      const [request] = server.requests;
      expect(request?.method).toBe('POST');
      expect(request?.path).toBe('/v1/chat/completions');
      expect(request?.headers['authorization']).toBe('Bearer test');
      expect(request?.body).toEqual({ model: 'local', messages: [{ role: 'user', content: 'Hallo' }] });
    });

    it('streams a scripted answer in chunks', async () => {
      server.setScript([fakeReply.text('Dit is een gestreamd antwoord.')]);

      const stream = await sdkClient().chat.completions.create({ model: 'local', stream: true, messages: [{ role: 'user', content: 'Hallo' }] });
      const pieces: string[] = [];
      for await (const chunk of stream) pieces.push(chunk.choices[0]?.delta.content ?? '');

      expect(pieces.join('')).toBe('Dit is een gestreamd antwoord.');
      expect(pieces.filter((piece) => piece.length > 0).length).toBe(5);
    });

    it('returns deterministic embeddings for string and array input', async () => {
      const client = sdkClient();
      const single = await client.embeddings.create({ model: 'emb', input: 'huurtoeslag' });
      const batch = await client.embeddings.create({ model: 'emb', input: ['huurtoeslag', 'afval'], dimensions: 8 });

      expect(single.data[0]?.embedding).toEqual(fakeEmbedding('huurtoeslag'));
      expect(batch.data.map((item) => item.embedding)).toEqual([fakeEmbedding('huurtoeslag', 8), fakeEmbedding('afval', 8)]);
      expect(batch.data[0]?.embedding).not.toEqual(batch.data[1]?.embedding);
      // The SDK silently asks for base64 and decodes it; the fake answers in kind.
      expect(server.requests[0]?.body).toMatchObject({ encoding_format: 'base64' });
    });

    it('returns plain float arrays when the client asks for float', async () => {
      const response = await sdkClient().embeddings.create({ model: 'emb', input: ['een'], encoding_format: 'float' });
      expect(response.data[0]?.embedding).toEqual(fakeEmbedding('een'));
    });

    it('survives a 429 through the SDK retry when maxRetries is 1', async () => {
      server.setScript([fakeReply.rateLimited(0), fakeReply.text('Na de retry')]);

      const completion = await sdkClient({ maxRetries: 1 }).chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'Hallo' }] });

      expect(completion.choices[0]?.message.content).toBe('Na de retry');
      expect(server.requests).toHaveLength(2);
      expect(server.pendingReplies()).toBe(0);
    });

    it('surfaces a 429 as RateLimitError when retries are off', async () => {
      server.setScript([fakeReply.rateLimited(0)]);
      await expect(sdkClient().chat.completions.create({ model: 'local', messages: [] })).rejects.toBeInstanceOf(RateLimitError);
    });

    it('surfaces a 500 as an APIError with status 500', async () => {
      server.setScript([fakeReply.serverError('kapot')]);

      const error: unknown = await sdkClient()
        .chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'Hallo' }] })
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).status).toBe(500);
      expect((error as APIError).message).toContain('kapot');
    });

    it('turns a delay longer than the client timeout into a timeout error', async () => {
      server.setScript([fakeReply.delayed(5_000)]);

      await expect(
        sdkClient({ timeout: 100 }).chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'Hallo' }] }),
      ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    });

    it('reports a dropped connection and a malformed body as errors', async () => {
      server.setScript([fakeReply.drop(), fakeReply.malformed()]);
      const client = sdkClient();

      await expect(client.chat.completions.create({ model: 'local', messages: [] })).rejects.toBeInstanceOf(APIConnectionError);
      await expect(client.chat.completions.create({ model: 'local', messages: [] })).rejects.toThrow(/JSON/);
    });

    it('uses a responder function per request and routes embeddings separately', async () => {
      server.setScript((request) => fakeReply.text(`Gezien: ${JSON.stringify(request.body).length > 0 ? 'ja' : 'nee'}`));
      server.setScript([fakeReply.error(503)], 'embeddings');
      const client = sdkClient();

      const completion = await client.chat.completions.create({ model: 'local', messages: [{ role: 'user', content: 'x' }] });
      expect(completion.choices[0]?.message.content).toBe('Gezien: ja');
      await expect(client.embeddings.create({ model: 'emb', input: 'x' })).rejects.toMatchObject({ status: 503 });
    });

    it('streams tool calls and can drop a stream midway', async () => {
      server.setScript([fakeReply.toolCalls([{ name: 'zoek', arguments: { zoekterm: 'afval' } }]), fakeReply.text('een twee drie', { dropAfterChunks: 1 })]);
      const client = sdkClient();
      const tools = [{ type: 'function' as const, function: { name: 'zoek', parameters: { type: 'object', properties: { zoekterm: { type: 'string' } } } } }];

      let argumentsText = '';
      let finishReason: string | null | undefined;
      for await (const chunk of await client.chat.completions.create({ model: 'local', stream: true, messages: [], tools })) {
        argumentsText += chunk.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? '';
        finishReason = chunk.choices[0]?.finish_reason ?? finishReason;
      }
      expect(JSON.parse(argumentsText)).toEqual({ zoekterm: 'afval' });
      expect(finishReason).toBe('tool_calls');

      const pieces: string[] = [];
      const consume = async (): Promise<void> => {
        for await (const chunk of await client.chat.completions.create({ model: 'local', stream: true, messages: [] })) {
          pieces.push(chunk.choices[0]?.delta.content ?? '');
        }
      };
      await expect(consume()).rejects.toThrow();
      expect(pieces.join('')).toBe('een ');
    });

    it('documents the pitfall: plain floats for a default SDK embeddings call decode to zeros', async () => {
      const floatServer = await startFakeOpenAiServer({ embeddingEncoding: 'float' });
      try {
        const client = new OpenAI({ apiKey: 'test', baseURL: floatServer.baseUrl, maxRetries: 0 });
        const response = await client.embeddings.create({ model: 'emb', input: 'een' });
        expect(response.data[0]?.embedding).toEqual([0, 0, 0, 0]);
      } finally {
        await floatServer.close();
      }
    });

    it('closes promptly while a delayed request is still pending', async () => {
      server.setScript([fakeReply.delayed(60_000)]);
      const pending = sdkClient().chat.completions.create({ model: 'local', messages: [] }).catch((caught: unknown) => caught);
      await server.waitForRequest((request) => request.endpoint === 'chat');

      const started = Date.now();
      await server.close();

      expect(Date.now() - started).toBeLessThan(500);
      expect(await pending).toBeInstanceOf(APIConnectionError);
    });
  });

  describe('with LangChain ChatOpenAI', () => {
    it('gets a normal answer', async () => {
      const message = await chatModel().invoke([['system', 'Je bent Stuurwijzer.'], ['user', 'Hallo']]);

      expect(message.content).toBe('Antwoord [1]');
      expect(server.requests[0]?.body).toMatchObject({ model: 'local', stream: false });
    });

    it('gets a streamed answer with usage', async () => {
      server.setScript([fakeReply.text('Een twee drie')]);

      const pieces: string[] = [];
      let outputTokens = 0;
      for await (const chunk of await chatModel().stream('Hallo')) {
        if (typeof chunk.content === 'string') pieces.push(chunk.content);
        outputTokens += chunk.usage_metadata?.output_tokens ?? 0;
      }

      expect(pieces.join('')).toBe('Een twee drie');
      expect(outputTokens).toBe(3);
      expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    });

    it('gets structured output via json_schema', async () => {
      server.setScript([fakeReply.structured({ antwoord: 'Via het loket.', bronnen: [1, 2] })]);

      const result = await chatModel().withStructuredOutput(answerSchema).invoke('Hoe vraag ik het aan?');

      expect(result).toEqual({ antwoord: 'Via het loket.', bronnen: [1, 2] });
      const body = server.requests[0]?.body;
      expect(body).toMatchObject({ response_format: { type: 'json_schema' } });
      expect(body).not.toHaveProperty('tools');
    });

    it('gets structured output via functionCalling', async () => {
      server.setScript([fakeReply.structured({ antwoord: 'Met een formulier.', bronnen: [3] })]);

      const result = await chatModel()
        .withStructuredOutput(answerSchema, { method: 'functionCalling', name: 'Antwoord' })
        .invoke('Hoe vraag ik het aan?');

      expect(result).toEqual({ antwoord: 'Met een formulier.', bronnen: [3] });
      expect(server.requests[0]?.body).toMatchObject({
        tools: [{ type: 'function', function: { name: 'Antwoord' } }],
        tool_choice: { type: 'function', function: { name: 'Antwoord' } },
      });
    });

    it('gets structured output via jsonMode', async () => {
      server.setScript([fakeReply.structured({ antwoord: 'JSON', bronnen: [] })]);

      const result = await chatModel().withStructuredOutput(answerSchema, { method: 'jsonMode' }).invoke('Antwoord in JSON.');

      expect(result).toEqual({ antwoord: 'JSON', bronnen: [] });
      expect(server.requests[0]?.body).toMatchObject({ response_format: { type: 'json_object' } });
    });

    it('returns tool calls to a model with bound tools (agent style, no tool_choice)', async () => {
      server.setScript([fakeReply.toolCalls([{ name: 'zoek_documenten', arguments: { zoekterm: 'huurtoeslag' } }])]);
      const zoekTool = { type: 'function' as const, function: { name: 'zoek_documenten', description: 'Zoek', parameters: { type: 'object', properties: { zoekterm: { type: 'string' } }, required: ['zoekterm'] } } };

      const message = await chatModel().bindTools([zoekTool]).invoke('Zoek iets');

      expect(message.tool_calls).toEqual([{ name: 'zoek_documenten', args: { zoekterm: 'huurtoeslag' }, id: 'call_1', type: 'tool_call' }]);
      expect(server.requests[0]?.body).not.toHaveProperty('tool_choice');
    });

    it('gets embeddings through OpenAIEmbeddings', async () => {
      const embeddings = new OpenAIEmbeddings({ model: 'emb', apiKey: 'test', dimensions: 16, configuration: { baseURL: server.baseUrl }, maxRetries: 0 });

      const documents = await embeddings.embedDocuments(['een', 'twee']);
      const query = await embeddings.embedQuery('een');

      expect(documents).toHaveLength(2);
      expect(query).toEqual(documents[0]);
      expect(query).toEqual(fakeEmbedding('een'));
    });

    it('surfaces a 500 and a timeout as errors', async () => {
      server.setScript([fakeReply.serverError(), fakeReply.delayed(5_000)]);

      await expect(chatModel().invoke('Hallo')).rejects.toThrow();
      await expect(chatModel({ timeout: 100 }).invoke('Hallo')).rejects.toThrow(/timed out|timeout/i);
    });
  });
});
