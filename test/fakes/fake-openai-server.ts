/**
 * A loopback fake of the OpenAI-compatible API for tests (no network).
 *
 *   const server = await startFakeOpenAiServer();
 *   server.setScript([fakeReply.rateLimited(0), fakeReply.structured({ antwoord: 'ja' })]);
 *   const model = new ChatOpenAI({ model: 'local', apiKey: 'test', configuration: { baseURL: server.baseUrl }, maxRetries: 0 });
 *   ...
 *   await server.close();
 *
 * Use a neutral model name such as `local`: names with `codex`, `gpt-5.6` or gpt-5.x-pro make
 * ChatOpenAI switch to `/v1/responses`, which this fake does not serve (it answers 404).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  analyseChatRequest,
  chatChunkBody,
  chatCompletionBody,
  embeddingInputs,
  embeddingsBody,
  fakeEmbedding,
  splitIntoStreamChunks,
  toWireToolCalls,
  usageChunkBody,
  usageFor,
  type ChatRequestFacts,
  type WireToolCall,
} from './fake-openai-bodies.js';
import type { FakeReply, FakeResponder, FakeScript, RecordedRequest } from './fake-openai-replies.js';
import { abortableDelay, flattenHeaders, isRecord, listenOnLoopback, parseJsonOrUndefined, queryToRecord, readRequestBody } from './http-helpers.js';
import { RecordingLog, type WaitForOptions } from './recording-log.js';

export { fakeEmbedding } from './fake-openai-bodies.js';
export * from './fake-openai-replies.js';

export interface FakeOpenAiServerOptions {
  /** Text of the default chat answer. Default `"Antwoord [1]"`. */
  defaultText?: string;
  /** Embedding size when the request has no `dimensions`. Default 16. */
  embeddingDimensions?: number;
  /**
   * `as-requested` (default): base64 of little-endian float32 when the request says
   * `encoding_format: "base64"`, plain float arrays otherwise.
   * `float`: always plain float arrays. Beware: openai 6.49.0 (and so OpenAIEmbeddings)
   * asks for base64 by default and then base64-decodes whatever comes back, so plain
   * arrays silently turn into a short vector of zeros. Only use `float` to reproduce that.
   */
  embeddingEncoding?: 'as-requested' | 'float';
}

/** Endpoints that have their own script. */
export type ScriptedEndpoint = 'chat' | 'embeddings';

export interface FakeOpenAiServer {
  /** `http://127.0.0.1:PORT/v1`, ready for `baseURL`. */
  readonly baseUrl: string;
  readonly port: number;
  /** Every request, in arrival order (including ones that were dropped or delayed). */
  readonly requests: RecordedRequest[];
  /** Replaces the script of one endpoint (default `chat`). An empty array restores the default behaviour. */
  setScript(script: FakeScript, endpoint?: ScriptedEndpoint): void;
  /** Queued replies not yet consumed (0 when a responder function is set). */
  pendingReplies(endpoint?: ScriptedEndpoint): number;
  /** Resolves with the first (already recorded or future) request matching the predicate. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number, options?: WaitForOptions): Promise<RecordedRequest>;
  /** Cancels pending delays, destroys open connections and stops listening. */
  close(): Promise<void>;
}

/** Holds the scripted behaviour of one endpoint. */
class ReplyScript {
  private queue: FakeReply[] = [];
  private responder: FakeResponder | undefined;

  set(script: FakeScript): void {
    if (typeof script === 'function') {
      this.responder = script;
      this.queue = [];
    } else {
      this.responder = undefined;
      this.queue = [...script];
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  async next(request: RecordedRequest): Promise<FakeReply> {
    if (this.responder !== undefined) return (await this.responder(request)) ?? { kind: 'default' };
    return this.queue.shift() ?? { kind: 'default' };
  }
}

const jsonHeaders = { 'content-type': 'application/json' } as const;

class FakeOpenAiHttpServer implements FakeOpenAiServer {
  readonly requestLog = new RecordingLog<RecordedRequest>('fake OpenAI server');
  private readonly scripts: Record<ScriptedEndpoint, ReplyScript> = { chat: new ReplyScript(), embeddings: new ReplyScript() };
  private readonly closing = new AbortController();
  private completionCounter = 0;
  private readonly server: Server;
  port = 0;

  constructor(private readonly options: FakeOpenAiServerOptions) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent && !response.destroyed) {
          this.sendJson(response, 500, { error: { message: `fake server failure: ${String(error)}`, type: 'server_error' } });
        } else {
          response.destroy();
        }
      });
    });
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  get requests(): RecordedRequest[] {
    return this.requestLog.entries;
  }

  async listen(): Promise<void> {
    this.port = await listenOnLoopback(this.server);
  }

  setScript(script: FakeScript, endpoint: ScriptedEndpoint = 'chat'): void {
    this.scripts[endpoint].set(script);
  }

  pendingReplies(endpoint: ScriptedEndpoint = 'chat'): number {
    return this.scripts[endpoint].pending;
  }

  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 2000, options?: WaitForOptions): Promise<RecordedRequest> {
    return this.requestLog.waitFor(predicate, timeoutMs, options);
  }

  async close(): Promise<void> {
    this.closing.abort();
    this.requestLog.close('server closed');
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const rawBody = (await readRequestBody(request)).toString('utf8');
    const method = request.method ?? 'GET';
    const endpoint =
      // Any prefix before /v1 is accepted, so Azure-style base URLs (…/openai/v1) can be exercised too.
      method === 'POST' && url.pathname.endsWith('/v1/chat/completions')
        ? 'chat'
        : method === 'POST' && url.pathname.endsWith('/v1/embeddings')
          ? 'embeddings'
          : 'other';
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      query: queryToRecord(url.searchParams),
      headers: flattenHeaders(request.headers),
      body: parseJsonOrUndefined(rawBody),
      rawBody,
      endpoint,
    };
    this.requestLog.record(recorded);

    if (endpoint === 'other') {
      this.answerOther(recorded, response);
      return;
    }
    const reply = await this.scripts[endpoint].next(recorded);
    const signal = this.signalFor(response);
    if (!(await abortableDelay(reply.delayMs ?? 0, signal))) return;

    switch (reply.kind) {
      case 'drop':
        response.socket?.destroy();
        return;
      case 'error':
        response.writeHead(reply.status, { ...jsonHeaders, ...reply.headers });
        response.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null));
        return;
      case 'malformed':
        response.writeHead(reply.status ?? 200, jsonHeaders);
        response.end(reply.body ?? '{"broken":');
        return;
      default:
        break;
    }
    if (endpoint === 'embeddings') this.answerEmbeddings(recorded, reply, response);
    else await this.answerChat(recorded, reply, response, signal);
  }

  /** Aborts on server close and when the client goes away. */
  private signalFor(response: ServerResponse): AbortSignal {
    const gone = new AbortController();
    response.once('close', () => gone.abort());
    return AbortSignal.any([this.closing.signal, gone.signal]);
  }

  private answerOther(recorded: RecordedRequest, response: ServerResponse): void {
    if (recorded.method === 'GET' && recorded.path === '/v1/models') {
      this.sendJson(response, 200, { object: 'list', data: [{ id: 'local', object: 'model', created: 0, owned_by: 'fake' }] });
      return;
    }
    this.sendJson(response, 404, {
      error: { message: `Fake OpenAI server has no route ${recorded.method} ${recorded.path}`, type: 'invalid_request_error', param: null, code: 'unknown_url' },
    });
  }

  private answerEmbeddings(recorded: RecordedRequest, reply: FakeReply, response: ServerResponse): void {
    const body = isRecord(recorded.body) ? recorded.body : {};
    const inputs = embeddingInputs(body['input']);
    const dimensions =
      typeof body['dimensions'] === 'number' ? body['dimensions'] : (this.options.embeddingDimensions ?? 16);
    let vectors: readonly (readonly number[])[];
    if (reply.kind === 'embeddings') vectors = reply.vectors;
    else if (reply.kind === 'default') vectors = inputs.map((input) => fakeEmbedding(input, dimensions));
    else {
      this.sendJson(response, 500, { error: { message: `fake: reply kind "${reply.kind}" is not valid for embeddings`, type: 'server_error' } });
      return;
    }
    const base64 = this.options.embeddingEncoding !== 'float' && body['encoding_format'] === 'base64';
    const model = typeof body['model'] === 'string' ? body['model'] : 'local-embeddings';
    this.sendJson(response, 200, embeddingsBody(model, inputs, vectors, base64));
  }

  private async answerChat(recorded: RecordedRequest, reply: FakeReply, response: ServerResponse, signal: AbortSignal): Promise<void> {
    const facts = analyseChatRequest(recorded.body);
    const envelope = { id: `chatcmpl-fake-${++this.completionCounter}`, created: Math.floor(Date.now() / 1000), model: facts.model };
    const answer = this.chatAnswerFor(reply, facts);
    const usage = usageFor(facts, answer.content ?? answer.toolCalls?.map((call) => call.function.arguments).join(' ') ?? '');
    const finishReason = answer.toolCalls === undefined ? (reply.kind === 'text' ? (reply.finishReason ?? 'stop') : 'stop') : 'tool_calls';

    if (!facts.stream) {
      this.sendJson(response, 200, chatCompletionBody(envelope, answer, finishReason, usage));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    // Resolves once the chunk is handed to the socket, so a later drop does not swallow it.
    const send = (payload: unknown): Promise<void> =>
      new Promise((resolve) => {
        response.write(`data: ${JSON.stringify(payload)}\n\n`, () => resolve());
      });
    if (answer.toolCalls !== undefined) {
      await send(chatChunkBody(envelope, { role: 'assistant', content: answer.content, refusal: null }, null));
      for (const [index, call] of answer.toolCalls.entries()) {
        await send(chatChunkBody(envelope, { tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }, null));
        await send(chatChunkBody(envelope, { tool_calls: [{ index, function: { arguments: call.function.arguments } }] }, null));
      }
    } else {
      await send(chatChunkBody(envelope, { role: 'assistant', content: '', refusal: null }, null));
      const chunks = reply.kind === 'text' && reply.streamChunks !== undefined ? reply.streamChunks : splitIntoStreamChunks(answer.content ?? '');
      const chunkDelayMs = reply.kind === 'text' ? (reply.chunkDelayMs ?? 0) : 0;
      const dropAfter = reply.kind === 'text' ? reply.dropAfterChunks : undefined;
      for (const [index, chunk] of chunks.entries()) {
        if (dropAfter !== undefined && index >= dropAfter) {
          response.socket?.destroy();
          return;
        }
        if (index > 0 && !(await abortableDelay(chunkDelayMs, signal))) return;
        await send(chatChunkBody(envelope, { content: chunk }, null));
      }
    }
    await send(chatChunkBody(envelope, {}, finishReason));
    if (facts.includeUsage) await send(usageChunkBody(envelope, usage));
    response.end('data: [DONE]\n\n');
  }

  private chatAnswerFor(reply: FakeReply, facts: ChatRequestFacts): { content: string | null; toolCalls?: WireToolCall[] } {
    switch (reply.kind) {
      case 'text':
        return { content: reply.text };
      case 'tool-calls':
        return { content: reply.content ?? null, toolCalls: toWireToolCalls(reply.calls) };
      case 'structured': {
        const toolName = reply.toolName ?? facts.forcedToolName;
        if (toolName !== undefined) return { content: null, toolCalls: toWireToolCalls([{ name: toolName, arguments: reply.value }]) };
        return { content: JSON.stringify(reply.value) };
      }
      case 'embeddings':
        throw new Error('fake: reply kind "embeddings" is not valid for chat completions');
      default:
        return { content: this.options.defaultText ?? 'Antwoord [1]' };
    }
  }

  private sendJson(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { ...jsonHeaders, 'x-request-id': `req_fake_${this.requestLog.entries.length}` });
    response.end(JSON.stringify(body));
  }
}

/** Starts a fake OpenAI-compatible server on 127.0.0.1 with a random port. */
export async function startFakeOpenAiServer(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
  const server = new FakeOpenAiHttpServer(options);
  await server.listen();
  return server;
}
