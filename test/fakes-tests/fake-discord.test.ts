import {
  ChannelType,
  Client,
  ComponentType,
  Events,
  GatewayIntentBits,
  MessageFlags,
  REST,
  Routes,
  SlashCommandBuilder,
  type ClientEvents,
  type Interaction,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessageWithButton, buildUser, fakeDiscordIds, restCall, startFakeDiscord, type FakeDiscord } from '../fakes/fake-discord.js';

const token = 'fake.bot.token';

function nextEvent<Event extends keyof ClientEvents>(client: Client, event: Event, timeoutMs = 2000): Promise<ClientEvents[Event]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs);
    client.once(event, (...eventArguments: ClientEvents[Event]) => {
      clearTimeout(timer);
      resolve(eventArguments);
    });
  });
}

async function nextInteraction(client: Client, send: () => void): Promise<Interaction> {
  const received = nextEvent(client, Events.InteractionCreate);
  send();
  const [interaction] = await received;
  return interaction;
}

function networkHandleCount(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap' || name === 'TCPServerWrap').length;
}

describe('fake Discord with a real discord.js Client', () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeEach(async () => {
    fake = await startFakeDiscord({ guilds: [{}] });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restApiUrl } });
    const ready = nextEvent(client, Events.ClientReady);
    await client.login(token);
    await ready;
  });

  afterEach(async () => {
    await client.destroy();
    await fake.close();
  });

  it('logs in: gateway/bot with the bot token, IDENTIFY, READY and the cached guild', async () => {
    const identify = await fake.waitForGatewayFrame((frame) => frame.op === 2);

    expect(identify.d).toMatchObject({ token, intents: GatewayIntentBits.Guilds, compress: false });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', route: '/gateway/bot', headers: { authorization: `Bot ${token}` } });
    expect(client.user?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fakeDiscordIds.guild)?.channels.cache.get(fakeDiscordIds.channel)?.type).toBe(ChannelType.GuildText);
  });

  it('delivers a guild slash command; deferReply and editReply arrive with the exact bodies', async () => {
    let payloadToken = '';
    const interaction = await nextInteraction(client, () => {
      payloadToken = fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Hoe vraag ik huurtoeslag aan?', aantal: 3 }, guildId: fakeDiscordIds.guild }).token;
    });
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    expect(interaction.commandName).toBe('vraag');
    expect(interaction.options.getString('vraag')).toBe('Hoe vraag ik huurtoeslag aan?');
    expect(interaction.options.getInteger('aantal')).toBe(3);
    expect(interaction.inCachedGuild()).toBe(true);

    await interaction.deferReply();
    await interaction.editReply('Antwoord [1]');

    const callback = await fake.waitForRequest(restCall('POST', '/interactions/:interactionId/:token/callback'));
    expect(callback.route).toBe(`/interactions/${interaction.id}/${payloadToken}/callback`);
    expect(callback.query).toEqual({ with_response: 'false' });
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback.headers['authorization']).toBeUndefined();
    const edit = await fake.waitForRequest(restCall('PATCH', '/webhooks/:applicationId/:token/messages/@original'));
    expect(edit.path).toBe(`/api/v10/webhooks/${fake.applicationId}/${payloadToken}/messages/@original`);
    expect(edit.body).toEqual({ content: 'Antwoord [1]', tts: false, enforce_nonce: false });
    expect(fake.originalMessageOf(payloadToken)?.content).toBe('Antwoord [1]');
  });

  it('delivers a DM slash command; ephemeral reply, followUp and fetchReply work', async () => {
    const interaction = await nextInteraction(client, () => fake.sendSlashCommand({ commandName: 'help' }));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    expect(interaction.guildId).toBeNull();
    expect(interaction.user.id).toBe(fakeDiscordIds.user);

    await interaction.reply({ content: 'Alleen voor jou', flags: MessageFlags.Ephemeral });
    const followUp = await interaction.followUp('Nog iets');
    const original = await interaction.fetchReply();

    expect(followUp.content).toBe('Nog iets');
    expect(original.content).toBe('Alleen voor jou');
    expect(fake.requests.find(restCall('POST', '/interactions/:id/:token/callback'))?.body).toEqual({
      type: 4,
      data: { content: 'Alleen voor jou', tts: false, enforce_nonce: false, flags: MessageFlags.Ephemeral },
    });
    expect(fake.requests.find(restCall('POST', '/webhooks/:applicationId/:token'))?.query).toEqual({ wait: 'true' });
  });

  it('rejects a second acknowledgement like Discord does', async () => {
    const interaction = await nextInteraction(client, () => fake.sendSlashCommand({ commandName: 'help' }));
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    await interaction.reply('een');
    // discord.js guards this itself, so bypass it through the raw REST client.
    await expect(
      client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: { type: 4, data: { content: 'twee' } }, auth: false }),
    ).rejects.toMatchObject({ code: 40060 });
  });

  it('delivers an autocomplete interaction and records the choices', async () => {
    const interaction = await nextInteraction(client, () =>
      fake.sendAutocomplete({ commandName: 'vraag', guildId: fakeDiscordIds.guild, options: { taal: 'nl' }, focused: { name: 'document', value: 'huur' } }),
    );
    if (!interaction.isAutocomplete()) throw new Error('expected autocomplete');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'document', value: 'huur' });
    expect(interaction.options.getString('taal')).toBe('nl');

    await interaction.respond([{ name: 'Huurtoeslag 2025', value: 'doc-1' }]);

    const callback = await fake.waitForRequest(restCall('POST', '/interactions/:id/:token/callback'));
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: 'Huurtoeslag 2025', value: 'doc-1' }] } });
  });

  it('delivers a button click that reaches isButton() and can update the message', async () => {
    const interaction = await nextInteraction(client, () => fake.sendButtonClick({ customId: 'bron:1', guildId: fakeDiscordIds.guild }));

    expect(interaction.isButton()).toBe(true);
    if (!interaction.isButton()) return;
    expect(interaction.customId).toBe('bron:1');
    expect(interaction.message.components[0]?.type).toBe(ComponentType.ActionRow);
    await interaction.update({ content: 'Bron getoond', components: [] });

    const callback = await fake.waitForRequest(restCall('POST', '/interactions/:id/:token/callback'));
    expect(callback.body).toMatchObject({ type: 7, data: { content: 'Bron getoond', components: [] } });
  });

  it('delivers a modal submit with its text fields', async () => {
    const interaction = await nextInteraction(client, () =>
      fake.sendModalSubmit({ customId: 'feedback', fields: { opmerking: 'Heel duidelijk' }, guildId: fakeDiscordIds.guild }),
    );
    if (!interaction.isModalSubmit()) throw new Error('expected modal submit');
    expect(interaction.customId).toBe('feedback');
    expect(interaction.fields.getTextInputValue('opmerking')).toBe('Heel duidelijk');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });

    expect((await fake.waitForRequest(restCall('POST', '/interactions/:id/:token/callback'))).body).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('uploads attachments as multipart and serves attachment options for download', async () => {
    const document = fake.createAttachment('beleid.txt', 'Het GFT-afval wordt op dinsdag opgehaald.', 'text/plain');
    const interaction = await nextInteraction(client, () =>
      fake.sendSlashCommand({ commandName: 'bestudeer', attachments: { bestand: document }, guildId: fakeDiscordIds.guild }),
    );
    if (!interaction.isChatInputCommand()) throw new Error('expected a chat-input command');
    const attachment = interaction.options.getAttachment('bestand', true);
    expect(await (await fetch(attachment.url)).text()).toBe('Het GFT-afval wordt op dinsdag opgehaald.');

    await interaction.deferReply();
    await interaction.editReply({ content: 'Samenvatting', files: [{ attachment: Buffer.from('a;b\n1;2\n'), name: 'bronnen.csv' }] });

    const edit = await fake.waitForRequest(restCall('PATCH', '/webhooks/:applicationId/:token/messages/@original'));
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(edit.body).toMatchObject({ content: 'Samenvatting', attachments: [{ id: '0' }] });
    expect(edit.files.map((file) => ({ fieldName: file.fieldName, fileName: file.fileName, size: file.size }))).toEqual([
      { fieldName: 'files[0]', fileName: 'bronnen.csv', size: 8 },
    ]);
    expect(fake.originalMessageOf(interaction.token)?.attachments[0]?.filename).toBe('bronnen.csv');
  });

  it('delivers MESSAGE_CREATE with a bot mention; startThread, typing and send work', async () => {
    const received = nextEvent(client, Events.MessageCreate);
    fake.sendMessageCreate({ content: 'wat zegt het beleid?', mentionBot: true, author: buildUser({ id: '1300000000000000099', username: 'ambtenaar' }) });
    const [message] = await received;

    expect(message.content).toBe(`<@${fake.applicationId}> wat zegt het beleid?`);
    expect(message.guildId).toBe(fakeDiscordIds.guild);
    expect(message.mentions.has(client.user?.id ?? '')).toBe(true);

    const thread = await message.startThread({ name: 'Vraag over beleid' });
    await thread.sendTyping();
    const sent = await thread.send('Ik zoek het op.');

    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(thread.id).toBe(message.id);
    expect(thread.parentId).toBe(fakeDiscordIds.channel);
    expect(sent.channelId).toBe(thread.id);
    expect(fake.requests.find(restCall('POST', '/channels/:channelId/messages/:messageId/threads'))?.body).toMatchObject({ name: 'Vraag over beleid' });
    expect(fake.requests.some(restCall('POST', `/channels/${thread.id}/typing`))).toBe(true);
    expect(fake.messagesIn(thread.id).map((item) => item.content)).toEqual(['Ik zoek het op.']);
    const listed = await thread.messages.fetch();
    expect(listed.size).toBe(1);
  });

  it('delivers THREAD_CREATE and then messages inside the thread', async () => {
    const created = nextEvent(client, Events.ThreadCreate);
    const threadPayload = fake.sendThreadCreate({ name: 'Nieuwe draad' });
    const [thread, newlyCreated] = await created;
    expect(thread.id).toBe(threadPayload.id);
    expect(newlyCreated).toBe(true);

    const received = nextEvent(client, Events.MessageCreate);
    fake.sendMessageCreate({ channelId: thread.id, content: 'in de draad' });
    const [message] = await received;

    expect(message.channel.isThread()).toBe(true);
    expect(message.content).toBe('in de draad');
    expect((await client.channels.fetch(thread.id, { force: true }))?.type).toBe(ChannelType.PublicThread);
  });

  it('echoes command registration with ids', async () => {
    const rest = new REST({ api: fake.restApiUrl }).setToken(token);
    const commands = [new SlashCommandBuilder().setName('vraag').setDescription('Stel een vraag').toJSON()];

    const guildResult = (await rest.put(Routes.applicationGuildCommands(fake.applicationId, fakeDiscordIds.guild), { body: commands })) as { id: string; name: string; guild_id: string }[];
    const globalResult = (await rest.put(Routes.applicationCommands(fake.applicationId), { body: commands })) as { id: string; application_id: string }[];

    expect(guildResult[0]).toMatchObject({ name: 'vraag', guild_id: fakeDiscordIds.guild });
    expect(guildResult[0]?.id).toMatch(/^\d+$/);
    expect(globalResult[0]?.application_id).toBe(fake.applicationId);
    expect(fake.requests.find(restCall('PUT', '/applications/:applicationId/guilds/:guildId/commands'))?.body).toEqual(commands);
  });

  it('lets a test intercept a REST call with an error', async () => {
    const remove = fake.interceptRest((call) =>
      call.method === 'POST' && call.route.endsWith('/messages') ? { status: 403, body: { message: 'Missing Permissions', code: 50013 } } : undefined,
    );
    const channel = client.channels.cache.get(fakeDiscordIds.channel);
    if (channel === undefined || !channel.isSendable()) throw new Error('expected a sendable channel');

    await expect(channel.send('hallo')).rejects.toMatchObject({ code: 50013, status: 403 });
    remove();
    await expect(channel.send('hallo')).resolves.toMatchObject({ content: 'hallo' });
  });

  it('rejects waitForRequest after its timeout', async () => {
    await expect(fake.waitForRequest(restCall('DELETE', '/never'), 30)).rejects.toThrow(/no matching entry within 30 ms/);
  });

  it('sends GUILD_CREATE after login and a button click on a custom message there', async () => {
    const received = nextEvent(client, Events.GuildCreate);
    fake.sendGuildCreate({ id: '1300000000000000777', name: 'Tweede gemeente', channels: [{ guildId: '1300000000000000777', name: 'beleid' }] });
    const [guild] = await received;
    expect(guild.name).toBe('Tweede gemeente');
    expect(guild.members.me?.id).toBe(fake.applicationId);

    const interaction = await nextInteraction(client, () =>
      fake.sendButtonClick({
        customId: 'ja',
        guildId: guild.id,
        channelId: guild.channels.cache.first()?.id ?? '',
        message: buildMessageWithButton({
          id: '1300000000000000555',
          channelId: guild.channels.cache.first()?.id ?? '',
          author: fake.botUser,
          content: 'Klopt dit?',
          customId: 'ja',
          label: 'Ja',
        }),
      }),
    );
    expect(interaction.isButton() && interaction.message.content).toBe('Klopt dit?');
    expect(interaction.inCachedGuild()).toBe(true);
  });
});

describe('fake Discord lifecycle', () => {
  it('answers heartbeats and leaves no open handles after destroy and close', async () => {
    const networkBefore = networkHandleCount();
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 40 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restApiUrl } });
    const ready = nextEvent(client, Events.ClientReady);
    await client.login(token);
    await ready;
    await fake.waitForGatewayFrame((frame) => frame.op === 1, 1000);
    await fake.waitForGatewayFrame((frame) => frame.op === 1, 1000, { fromIndex: fake.gatewayFrames.length });
    expect(client.ws.ping).toBeGreaterThanOrEqual(0);

    await client.destroy();
    await fake.close();
    for (let attempt = 0; attempt < 20 && networkHandleCount() > networkBefore; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    expect(networkHandleCount()).toBe(networkBefore);
    expect(() => fake.dispatch('MESSAGE_CREATE', {})).toThrow(/no identified gateway session/);
  });
});
