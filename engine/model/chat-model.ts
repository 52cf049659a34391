import type { BaseMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type { z } from 'zod';
import type { Configuration } from '../../config/configuration.js';
import { StuurwijzerError } from '../errors.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The language model could not give a usable answer (down, slow, rate-limited, malformed). */
export class ModelUnavailableError extends StuurwijzerError {}

/** A chat model behind an OpenAI-compatible endpoint. One small port, so tests can use the loopback fake. */
export interface ChatModel {
  /** Model name, for the audit log. */
  readonly id: string;
  /** Base URL, for the audit log. */
  readonly endpoint: string;
  complete(messages: ChatMessage[]): Promise<string>;
  /** Structured output validated with zod, by the configured method (json_schema, function calling, json mode). */
  structured<Schema extends z.ZodType<Record<string, unknown>>>(messages: ChatMessage[], schema: Schema, name: string): Promise<z.infer<Schema>>;
}

export type StructuredOutputMethod = Configuration['LLM_STRUCTURED_OUTPUT'];

export interface ChatModelOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  structuredOutput: StructuredOutputMethod;
}

/** LangChain's message classes, loaded on first use (the LangChain client takes over a second to import). */
async function toLangChain(messages: ChatMessage[]): Promise<BaseMessage[]> {
  const { AIMessage, HumanMessage, SystemMessage } = await import('@langchain/core/messages');
  return messages.map((message) =>
    message.role === 'system' ? new SystemMessage(message.content) : message.role === 'user' ? new HumanMessage(message.content) : new AIMessage(message.content),
  );
}

/**
 * OpenAI, Azure OpenAI (its /openai/v1 base URL), Ollama, vLLM and LM Studio all speak this protocol; only base URL
 * and model name differ. LangChain retries 429 and 5xx with exponential backoff (LLM_MAX_RETRIES) and aborts each
 * attempt after LLM_TIMEOUT_MS.
 */
export class OpenAiCompatibleChatModel implements ChatModel {
  readonly id: string;
  readonly endpoint: string;
  private client: Promise<ChatOpenAI> | undefined;

  constructor(private readonly options: ChatModelOptions) {
    this.id = options.model;
    this.endpoint = options.baseUrl;
  }

  /** The LangChain client, created on first use so that commands without a model start fast. */
  private chat(): Promise<ChatOpenAI> {
    this.client ??= import('@langchain/openai').then(
      ({ ChatOpenAI }) =>
        new ChatOpenAI({
          model: this.options.model,
          apiKey: this.options.apiKey || 'not-needed',
          temperature: 0,
          timeout: this.options.timeoutMs,
          maxRetries: this.options.maxRetries,
          configuration: { baseURL: this.options.baseUrl },
        }),
    );
    return this.client;
  }

  private failure(error: unknown): ModelUnavailableError {
    if (error instanceof ModelUnavailableError) return error;
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return new ModelUnavailableError('model-unavailable', 'Het taalmodel is niet bereikbaar of gaf geen bruikbaar antwoord.', detail, { cause: error });
  }

  async complete(messages: ChatMessage[]): Promise<string> {
    try {
      const response = await (await this.chat()).invoke(await toLangChain(messages));
      const content = typeof response.content === 'string' ? response.content : response.content.map((part) => ('text' in part ? String(part.text) : '')).join('');
      if (!content.trim()) throw new ModelUnavailableError('model-empty', 'Het taalmodel gaf een leeg antwoord.', 'empty completion');
      return content;
    } catch (error) {
      throw this.failure(error);
    }
  }

  async structured<Schema extends z.ZodType<Record<string, unknown>>>(messages: ChatMessage[], schema: Schema, name: string): Promise<z.infer<Schema>> {
    const method = this.options.structuredOutput;
    try {
      const runnable = (await this.chat()).withStructuredOutput(schema, { name, method });
      const result = await runnable.invoke(await toLangChain(messages));
      const parsed = schema.safeParse(result);
      if (!parsed.success) throw new ModelUnavailableError('model-malformed', 'Het taalmodel gaf een antwoord in de verkeerde vorm.', parsed.error.message);
      return parsed.data;
    } catch (error) {
      throw this.failure(error);
    }
  }
}

/** The configured chat model, or undefined when none is configured (the offline engine is used). */
export function createChatModel(configuration: Configuration): ChatModel | undefined {
  if (!configuration.LLM_BASE_URL || !configuration.LLM_CHAT_MODEL) return undefined;
  return new OpenAiCompatibleChatModel({
    baseUrl: configuration.LLM_BASE_URL,
    apiKey: configuration.LLM_API_KEY,
    model: configuration.LLM_CHAT_MODEL,
    timeoutMs: configuration.LLM_TIMEOUT_MS,
    maxRetries: configuration.LLM_MAX_RETRIES,
    structuredOutput: configuration.LLM_STRUCTURED_OUTPUT,
  });
}
