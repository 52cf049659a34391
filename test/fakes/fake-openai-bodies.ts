import { createHash } from 'node:crypto';
import { isRecord } from './http-helpers.js';
import type { FakeToolCall } from './fake-openai-replies.js';

/** What the server needs to know about a chat-completions request. */
export interface ChatRequestFacts {
  model: string;
  stream: boolean;
  includeUsage: boolean;
  responseFormat: 'text' | 'json_schema' | 'json_object';
  toolNames: string[];
  /** Set when tool_choice names a function, or is `required` with exactly one tool. */
  forcedToolName: string | undefined;
  promptTokens: number;
}

export interface ChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface WireToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: unknown) => (isRecord(part) && typeof part['text'] === 'string' ? part['text'] : ''))
    .join(' ');
}

export function analyseChatRequest(body: unknown): ChatRequestFacts {
  const request = isRecord(body) ? body : {};
  const tools = Array.isArray(request['tools']) ? (request['tools'] as unknown[]) : [];
  const toolNames = tools.flatMap((tool) =>
    isRecord(tool) && isRecord(tool['function']) && typeof tool['function']['name'] === 'string' ? [tool['function']['name']] : [],
  );
  const toolChoice = request['tool_choice'];
  let forcedToolName: string | undefined;
  if (isRecord(toolChoice) && isRecord(toolChoice['function']) && typeof toolChoice['function']['name'] === 'string') {
    forcedToolName = toolChoice['function']['name'];
  } else if (toolChoice === 'required' && toolNames.length === 1) {
    forcedToolName = toolNames[0];
  }
  const format = request['response_format'];
  const formatType = isRecord(format) ? format['type'] : undefined;
  const streamOptions = request['stream_options'];
  const messages = Array.isArray(request['messages']) ? (request['messages'] as unknown[]) : [];
  return {
    model: typeof request['model'] === 'string' ? request['model'] : 'local',
    stream: request['stream'] === true,
    includeUsage: isRecord(streamOptions) && streamOptions['include_usage'] === true,
    responseFormat: formatType === 'json_schema' || formatType === 'json_object' ? formatType : 'text',
    toolNames,
    forcedToolName,
    promptTokens: messages.reduce<number>(
      (total, message) => total + (isRecord(message) ? countWords(messageText(message['content'])) : 0),
      0,
    ),
  };
}

export function usageFor(facts: ChatRequestFacts, completionText: string): ChatUsage {
  const completionTokens = countWords(completionText);
  return {
    prompt_tokens: facts.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: facts.promptTokens + completionTokens,
  };
}

export function toWireToolCalls(calls: readonly FakeToolCall[]): WireToolCall[] {
  return calls.map((call, index) => ({
    id: call.id ?? `call_${index + 1}`,
    type: 'function',
    function: {
      name: call.name,
      arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    },
  }));
}

interface CompletionEnvelope {
  id: string;
  created: number;
  model: string;
}

export function chatCompletionBody(
  envelope: CompletionEnvelope,
  message: { content: string | null; toolCalls?: WireToolCall[] },
  finishReason: string,
  usage: ChatUsage,
): unknown {
  return {
    id: envelope.id,
    object: 'chat.completion',
    created: envelope.created,
    model: envelope.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: message.content,
          refusal: null,
          ...(message.toolCalls === undefined ? {} : { tool_calls: message.toolCalls }),
        },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
    usage,
    system_fingerprint: 'fp_fake',
  };
}

export function chatChunkBody(envelope: CompletionEnvelope, delta: unknown, finishReason: string | null): unknown {
  return {
    id: envelope.id,
    object: 'chat.completion.chunk',
    created: envelope.created,
    model: envelope.model,
    system_fingerprint: 'fp_fake',
    choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
  };
}

export function usageChunkBody(envelope: CompletionEnvelope, usage: ChatUsage): unknown {
  return {
    id: envelope.id,
    object: 'chat.completion.chunk',
    created: envelope.created,
    model: envelope.model,
    system_fingerprint: 'fp_fake',
    choices: [],
    usage,
  };
}

/** Splits text into stream pieces, each word keeping its trailing whitespace. */
export function splitIntoStreamChunks(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text.length > 0 ? [text] : []);
}

/**
 * A deterministic, L2-normalised pseudo-embedding of `text`: the same text always
 * gives the same vector, different texts give (practically) different vectors.
 * Values are rounded to float32, so they survive the base64 float32 round trip exactly.
 */
export function fakeEmbedding(text: string, dimensions = 16): number[] {
  const values: number[] = [];
  for (let block = 0; values.length < dimensions; block += 1) {
    const digest = createHash('sha256').update(`${block}\u0000${text}`).digest();
    for (let offset = 0; offset + 4 <= digest.length && values.length < dimensions; offset += 4) {
      values.push(digest.readUInt32LE(offset) / 0xffffffff - 0.5);
    }
  }
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  return values.map((value) => Math.fround(value / norm));
}

/** Normalises the `input` of an embeddings request to one string per vector. */
export function embeddingInputs(input: unknown): string[] {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input)) return [];
  if (input.every((item) => typeof item === 'number')) return [JSON.stringify(input)];
  return input.map((item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item)));
}

export function embeddingsBody(model: string, inputs: readonly string[], vectors: readonly (readonly number[])[], base64: boolean): unknown {
  const tokens = inputs.reduce((total, input) => total + countWords(input), 0);
  return {
    object: 'list',
    data: vectors.map((vector, index) => ({
      object: 'embedding',
      index,
      embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : [...vector],
    })),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}
