/**
 * Scriptable replies for the fake OpenAI-compatible server.
 * Every reply may carry `delayMs`: the server waits that long before answering
 * (cancelled when the client gives up or the server closes).
 */

/** Which endpoint a request was sent to. */
export type FakeOpenAiEndpoint = 'chat' | 'embeddings' | 'other';

/** One HTTP request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. `/v1/chat/completions`. */
  path: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or undefined when the body was empty or not JSON. */
  body: unknown;
  rawBody: string;
  endpoint: FakeOpenAiEndpoint;
}

interface ReplyTiming {
  /** Wait this long before answering. */
  delayMs?: number;
}

/** Normal behaviour: "Antwoord [1]" (or the configured default text) / deterministic embeddings. */
export interface DefaultReply extends ReplyTiming {
  kind: 'default';
}

export interface TextReply extends ReplyTiming {
  kind: 'text';
  text: string;
  /** Explicit stream pieces; default: the text split after each run of whitespace. */
  streamChunks?: readonly string[];
  /** Pause between stream chunks. */
  chunkDelayMs?: number;
  /** Streaming only: destroy the socket after this many content chunks. */
  dropAfterChunks?: number;
  finishReason?: 'stop' | 'length' | 'content_filter';
}

/**
 * A structured answer. The server decides how to deliver it: a forced tool
 * (`tool_choice` naming a function, or `required` with one tool) or an explicit
 * `toolName` → a tool call; otherwise (json_schema, json_object, plain) → the JSON
 * string in `message.content`.
 */
export interface StructuredReply extends ReplyTiming {
  kind: 'structured';
  value: unknown;
  toolName?: string;
}

export interface FakeToolCall {
  name: string;
  /** Serialised with JSON.stringify unless it is already a string. */
  arguments: unknown;
  id?: string;
}

/** Explicit tool calls, e.g. for an agent that got `tools` without `tool_choice`. */
export interface ToolCallsReply extends ReplyTiming {
  kind: 'tool-calls';
  calls: readonly FakeToolCall[];
  content?: string | null;
}

/** Explicit vectors for an embeddings request (one per input). */
export interface EmbeddingsReply extends ReplyTiming {
  kind: 'embeddings';
  vectors: readonly (readonly number[])[];
}

export interface ErrorReply extends ReplyTiming {
  kind: 'error';
  status: number;
  /** JSON-serialised unless it is a string. Default: an OpenAI-style `{error:{...}}`. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A 200 response whose JSON body is cut off. */
export interface MalformedReply extends ReplyTiming {
  kind: 'malformed';
  body?: string;
  status?: number;
}

/** Destroys the socket without any response. */
export interface DropReply extends ReplyTiming {
  kind: 'drop';
}

export type FakeReply =
  | DefaultReply
  | TextReply
  | StructuredReply
  | ToolCallsReply
  | EmbeddingsReply
  | ErrorReply
  | MalformedReply
  | DropReply;

/** Returning undefined means "default behaviour". */
export type FakeResponder = (request: RecordedRequest) => FakeReply | undefined | Promise<FakeReply | undefined>;

/** A queue (consumed one reply per request, default behaviour when empty) or a responder function. */
export type FakeScript = readonly FakeReply[] | FakeResponder;

function openAiErrorBody(message: string, type: string, code: string | null): unknown {
  return { error: { message, type, param: null, code } };
}

/** Factory helpers so tests read like a script. */
export const fakeReply = {
  defaultAnswer(): DefaultReply {
    return { kind: 'default' };
  },
  text(text: string, extra: Omit<TextReply, 'kind' | 'text'> = {}): TextReply {
    return { kind: 'text', text, ...extra };
  },
  structured(value: unknown, extra: Omit<StructuredReply, 'kind' | 'value'> = {}): StructuredReply {
    return { kind: 'structured', value, ...extra };
  },
  toolCalls(calls: readonly FakeToolCall[], extra: Omit<ToolCallsReply, 'kind' | 'calls'> = {}): ToolCallsReply {
    return { kind: 'tool-calls', calls, ...extra };
  },
  embeddings(vectors: readonly (readonly number[])[]): EmbeddingsReply {
    return { kind: 'embeddings', vectors };
  },
  error(status: number, body?: unknown, headers?: Record<string, string>): ErrorReply {
    return {
      kind: 'error',
      status,
      body: body ?? openAiErrorBody(`Fake error ${status}`, status >= 500 ? 'server_error' : 'invalid_request_error', null),
      ...(headers === undefined ? {} : { headers }),
    };
  },
  /** 429 with `retry-after` (seconds; 0 makes the SDK retry immediately). */
  rateLimited(retryAfterSeconds = 0): ErrorReply {
    return {
      kind: 'error',
      status: 429,
      body: openAiErrorBody('Rate limit reached (fake)', 'requests', 'rate_limit_exceeded'),
      headers: { 'retry-after': String(retryAfterSeconds) },
    };
  },
  serverError(message = 'The server had an error while processing your request (fake)'): ErrorReply {
    return { kind: 'error', status: 500, body: openAiErrorBody(message, 'server_error', null) };
  },
  malformed(body = '{"id":"chatcmpl-broken","object":"chat.completion","choices":[{'): MalformedReply {
    return { kind: 'malformed', body };
  },
  drop(): DropReply {
    return { kind: 'drop' };
  },
  /** Any reply (default: the default answer) after a pause. */
  delayed<Reply extends FakeReply>(delayMs: number, reply?: Reply): Reply | DefaultReply {
    return { ...(reply ?? { kind: 'default' as const }), delayMs };
  },
} as const;
