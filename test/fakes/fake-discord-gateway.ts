import type { Server } from 'node:http';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { isRecord } from './http-helpers.js';
import { RecordingLog } from './recording-log.js';

/** A gateway frame received from a client. */
export interface GatewayFrame {
  op: number;
  d: unknown;
}

/** Gateway opcodes the fake understands. */
const opcode = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  requestGuildMembers: 8,
  hello: 10,
  heartbeatAck: 11,
} as const;

/** One connected gateway client (normally one discord.js shard). */
export class GatewaySession {
  identified = false;
  private sequence = 0;

  constructor(readonly socket: WebSocket) {}

  send(frame: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  dispatch(eventName: string, data: unknown): void {
    this.sequence += 1;
    this.send({ op: opcode.dispatch, t: eventName, s: this.sequence, d: data });
  }
}

export interface GatewayHooks {
  /** Called after IDENTIFY: send READY and the initial GUILD_CREATEs. */
  onIdentify(session: GatewaySession): void;
  /** Answer to op 8 (request guild members). */
  membersOf(guildId: string): unknown[];
}

/** The WebSocket gateway: HELLO, IDENTIFY → READY, heartbeat ACKs, dispatches. */
export class FakeGateway {
  readonly frames = new RecordingLog<GatewayFrame>('fake Discord gateway');
  private readonly server: WebSocketServer;
  private readonly sessions = new Set<GatewaySession>();

  constructor(
    httpServer: Server,
    private readonly hooks: GatewayHooks,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on('connection', (socket) => this.accept(socket));
  }

  get hasIdentifiedSession(): boolean {
    return [...this.sessions].some((session) => session.identified);
  }

  /** Sends a dispatch to every identified session; throws when no client is logged in. */
  dispatch(eventName: string, data: unknown): void {
    const targets = [...this.sessions].filter((session) => session.identified);
    if (targets.length === 0) {
      throw new Error(`fake Discord: cannot dispatch ${eventName}, no identified gateway session (await the client's ready event first)`);
    }
    for (const session of targets) session.dispatch(eventName, data);
  }

  async close(): Promise<void> {
    this.frames.close('gateway closed');
    for (const session of this.sessions) session.socket.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    const session = new GatewaySession(socket);
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('error', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.receive(session, raw));
    session.send({ op: opcode.hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private receive(session: GatewaySession, raw: RawData): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString()) as unknown;
    } catch {
      return;
    }
    if (!isRecord(parsed) || typeof parsed['op'] !== 'number') return;
    const frame: GatewayFrame = { op: parsed['op'], d: parsed['d'] };
    this.frames.record(frame);
    switch (frame.op) {
      case opcode.heartbeat:
        session.send({ op: opcode.heartbeatAck, d: null });
        break;
      case opcode.identify:
        session.identified = true;
        this.hooks.onIdentify(session);
        break;
      case opcode.resume:
        session.identified = true;
        session.dispatch('RESUMED', {});
        break;
      case opcode.requestGuildMembers: {
        const request = isRecord(frame.d) ? frame.d : {};
        const guildId = typeof request['guild_id'] === 'string' ? request['guild_id'] : '';
        session.dispatch('GUILD_MEMBERS_CHUNK', {
          guild_id: guildId,
          members: this.hooks.membersOf(guildId),
          chunk_index: 0,
          chunk_count: 1,
          ...(typeof request['nonce'] === 'string' ? { nonce: request['nonce'] } : {}),
        });
        break;
      }
      default:
        break;
    }
  }
}
