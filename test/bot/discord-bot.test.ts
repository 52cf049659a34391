import { Command } from 'commander';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandDefinitions } from '../../bot/command-definitions.js';
import { deployCommands } from '../../bot/deploy-commands.js';
import { registerDeployCommandsCommand } from '../../cli/commands/deploy-commands-command.js';
import { reportError } from '../../cli/output.js';
import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import type { AskOptions } from '../../engine/stuurwijzer-engine.js';
import { restCall, type RecordedRestCall } from '../fakes/fake-discord.js';
import {
  bodyOf,
  callbackOf,
  customIdsOf,
  embedsOf,
  followUpsOf,
  harnessIds,
  nextUser,
  openTestEngine,
  originalEditOf,
  startBotHarness,
  type BotHarness,
  type TestEngine,
} from './bot-harness.js';

const guildId = harnessIds.guild;
let testEngine: TestEngine;
let harness: BotHarness;

beforeAll(async () => {
  testEngine = await openTestEngine();
  harness = await startBotHarness(testEngine);
});

afterAll(async () => {
  await harness.close();
  testEngine.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function ask(question: string, extra: { prive?: boolean; channelId?: string } = {}) {
  return harness.fake.sendSlashCommand({
    commandName: 'vraag',
    options: { vraag: question, ...(extra.prive === undefined ? {} : { prive: extra.prive }) },
    guildId,
    channelId: extra.channelId ?? harnessIds.allowedChannel,
    user: nextUser(),
  });
}

/** Runs `stuurwijzer deploy-commands …` in process (the fake Discord lives here too), capturing stdout. */
async function runDeployCommandsCli(args: string[], environment: Record<string, string>): Promise<{ stdout: string; exitCode: number | undefined }> {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  let exitCode: number | undefined;
  const program = new Command().exitOverride();
  registerDeployCommandsCommand(program, async (action, json) => {
    try {
      await action(json);
    } catch (error) {
      exitCode = reportError(error, json);
    }
  });
  try {
    await program.parseAsync(['node', 'stuurwijzer', 'deploy-commands', ...args]);
  } finally {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  }
  return { stdout: chunks.join(''), exitCode };
}

describe('login and command registration', () => {
  it('logs in through the fake gateway and is READY with the guild cached', async () => {
    const identify = await harness.fake.waitForGatewayFrame((frame) => frame.op === 2);
    expect(identify.d).toMatchObject({ token: 'fake.bot.token', intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent });
    expect(harness.fake.requests[0]).toMatchObject({ method: 'GET', route: '/gateway/bot' });
    expect(harness.bot.client.isReady()).toBe(true);
    expect(harness.bot.client.user.id).toBe(harness.fake.applicationId);
    expect(harness.bot.client.guilds.cache.has(guildId)).toBe(true);
    // The bot registers no commands on start.
    expect(harness.fake.requests.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('deployCommands PUTs the command definitions to the guild route', async () => {
    const result = await deployCommands(harness.configuration, { guildId });
    const put = await harness.fake.waitForRequest(restCall('PUT', `/applications/${harness.fake.applicationId}/guilds/${guildId}/commands`));
    expect(put.body).toEqual(commandDefinitions());
    expect(put.headers['authorization']).toBe('Bot fake.bot.token');
    expect(result).toEqual({ scope: 'guild', guildId, commands: ['vraag', 'typeer', 'toets', 'definitie', 'bronnen', 'help', 'beheer'] });
    const definitions = commandDefinitions();
    const definitie = definitions.find((command) => command.name === 'definitie');
    expect(definitie?.options?.[0]).toMatchObject({ name: 'term', autocomplete: true, required: true });
    for (const command of definitions) expect(command.description.length).toBeLessThanOrEqual(100);
  });

  it('the `deploy-commands` CLI command registers globally, or in one guild with --guild', async () => {
    const before = harness.fake.requests.length;
    const environment = { DISCORD_TOKEN: 'fake.bot.token', DISCORD_APP_ID: harness.fake.applicationId, DISCORD_API_URL: harness.fake.restApiUrl };
    const result = await runDeployCommandsCli(['--json'], environment);
    expect(result.exitCode).toBeUndefined();
    expect(JSON.parse(result.stdout)).toMatchObject({ scope: 'global', commands: expect.arrayContaining(['vraag', 'definitie']) });
    const put = await harness.fake.waitForRequest(restCall('PUT', `/applications/${harness.fake.applicationId}/commands`), 2000, { fromIndex: before });
    expect((put.body as unknown[]).length).toBe(7);

    const guild = await runDeployCommandsCli(['--guild', guildId], environment);
    expect(guild.stdout).toBe(`7 commando's geregistreerd in server ${guildId}: /vraag, /typeer, /toets, /definitie, /bronnen, /help, /beheer\n`);
    const invalid = await runDeployCommandsCli(['--guild', 'abc', '--json'], environment);
    expect(invalid.exitCode).toBe(2);
    expect(JSON.parse(invalid.stdout)).toEqual({ error: { code: 'discord-guild-id', message: '"abc" is geen geldig server-id (een getal van 17 tot 20 cijfers).' } });
  });
});

describe('/vraag', () => {
  it('defers at once, then edits the reply with the answer, sources, reminder and buttons, without pings', async () => {
    const question = 'Wat is frontlijnsturing?';
    const sent = ask(question);
    const callback = await callbackOf(harness.fake, sent);
    expect(callback.body).toMatchObject({ type: 5 });
    expect(bodyOf(callback)['data']).not.toMatchObject({ flags: 64 });

    const edit = await originalEditOf(harness.fake, sent);
    expect(bodyOf(edit)['allowed_mentions']).toMatchObject({ parse: [] });
    const [answer, sources] = embedsOf(edit);
    expect(answer?.title).toBe(question);
    expect(answer?.description).toMatch(/\[1\]/);
    expect(answer?.description?.toLowerCase()).toContain('frontlijn');
    expect(answer?.footer?.text).toBe(STANDING_REMINDER);
    expect(sources?.title).toBe('Bronnen');
    expect(sources?.fields?.[0]?.name).toMatch(/^\[1\] .+\(\d{4}\)/);
    expect(sources?.fields?.[0]?.value).toMatch(/regels? \d+/);
    expect(sources?.fields?.[0]?.value).toContain('\n> ');
    expect(bodyOf(edit)['content'] ?? '').toBe('');

    const ids = customIdsOf(edit);
    const answerId = ids.find((id) => id.startsWith('feedback:up:'))?.split(':')[2];
    expect(answerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids).toEqual([`bronnen:${answerId}`, `feedback:up:${answerId}`, `feedback:down:${answerId}`]);

    const audited = (await testEngine.engine.audit.entries()).find((entry) => entry.resultId === answerId);
    expect(audited).toMatchObject({ interface: 'discord', command: 'vraag', channel: harnessIds.allowedChannel, outcome: 'answered' });
    expect(audited?.user).toMatch(/^[0-9a-f]{32}$/);
  });

  it('defers ephemerally with prive:true', async () => {
    const sent = ask('Welke governancetypen onderscheiden Wester en Schurer?', { prive: true });
    expect((await callbackOf(harness.fake, sent)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(embedsOf(await originalEditOf(harness.fake, sent))[0]?.description).toBeTruthy();
  });

  it('shows the Dutch message of an engine error and a generic one for anything else, never a stack', async () => {
    const tooLong = ask('Wat is regie? '.repeat(400));
    const tooLongEdit = await originalEditOf(harness.fake, tooLong);
    expect(bodyOf(tooLongEdit)['content']).toMatch(/te lang|maximaal/i);

    vi.spyOn(testEngine.engine, 'ask').mockRejectedValueOnce(new TypeError('Cannot read properties of undefined (reading "x")'));
    const broken = ask('Wat is netwerksturing?');
    const edit = await originalEditOf(harness.fake, broken);
    expect(bodyOf(edit)['content']).toBe('Er ging iets mis bij het verwerken van je verzoek. Probeer het zo opnieuw; blijft het misgaan, meld het dan bij de beheerder.');
    expect(JSON.stringify(edit.body)).not.toMatch(/TypeError|at .*\.ts/);
    expect(bodyOf(edit)['embeds']).toEqual([]);
  });
});

describe('buttons under an answer', () => {
  it('👍 records feedback in the audit log and thanks the clicker ephemerally', async () => {
    const sent = ask('Wat is netwerksturing?');
    const answerId = customIdsOf(await originalEditOf(harness.fake, sent))[1]?.split(':')[2] ?? '';
    const clicker = nextUser();
    const click = harness.fake.sendButtonClick({ customId: `feedback:up:${answerId}`, guildId, channelId: harnessIds.allowedChannel, user: clicker });

    expect((await callbackOf(harness.fake, click)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(bodyOf(await originalEditOf(harness.fake, click))['content']).toBe('Dank je voor je feedback!');
    const feedback = (await testEngine.engine.audit.entries()).filter((entry) => entry.command === 'feedback' && entry.resultId === answerId);
    expect(feedback).toEqual([expect.objectContaining({ feedback: 'up', outcome: 'feedback', interface: 'discord', user: testEngine.engine.audit.hashUser(clicker.id) })]);
  });

  it('"Bronnen" shows the full source list with complete quotes, only to the clicker', async () => {
    const sent = ask('Wat is frontlijnsturing?');
    const edit = await originalEditOf(harness.fake, sent);
    const answerId = customIdsOf(edit)[0]?.split(':')[1] ?? '';
    const click = harness.fake.sendButtonClick({ customId: `bronnen:${answerId}`, guildId, channelId: harnessIds.allowedChannel, user: nextUser() });

    expect((await callbackOf(harness.fake, click)).body).toEqual({ type: 5, data: { flags: 64 } });
    const content = String(bodyOf(await originalEditOf(harness.fake, click))['content']);
    expect(content).toMatch(/^\*\*Bronnen bij dit antwoord\*\*/);
    expect(content).toMatch(/\*\*\[1\] .+\*\* — .*regels? \d+/);
    expect(content.length).toBeLessThanOrEqual(2000);
  });

  it('an unknown or old button gets a polite ephemeral line', async () => {
    const click = harness.fake.sendButtonClick({ customId: 'iets-anders', guildId, channelId: harnessIds.allowedChannel });
    expect((await callbackOf(harness.fake, click)).body).toMatchObject({ type: 4, data: { content: 'Deze knop werkt niet meer. Stel je vraag gerust opnieuw.', flags: 64 } });
  });
});

describe('/definitie', () => {
  it('autocompletes "regis" with up to 25 labelled choices, accent-insensitively', async () => {
    const sent = harness.fake.sendAutocomplete({ commandName: 'definitie', guildId, channelId: harnessIds.allowedChannel, focused: { name: 'term', value: 'regis' } });
    const callback = await callbackOf(harness.fake, sent);
    const data = bodyOf(callback)['data'] as { choices: { name: string; value: string }[] };
    expect(bodyOf(callback)['type']).toBe(8);
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    expect(data.choices[0]).toEqual({ name: 'Regisseur · Sturingsrollen van de gemeente', value: 'sturingsrol:regisseur' });
    expect(data.choices.find((choice) => choice.value === 'glossary:regie-k2')?.name).toMatch(/^regie · Begrippenlijst — in K2 \(2012\)/);
    expect(data.choices.map((choice) => choice.value)).toContain('regierol:bepalende-regisseur');
    for (const choice of data.choices) expect(choice.name.length).toBeLessThanOrEqual(100);

    const accents = harness.fake.sendAutocomplete({ commandName: 'definitie', guildId, channelId: harnessIds.allowedChannel, focused: { name: 'term', value: 'een gezin' } });
    const accentChoices = (bodyOf(await callbackOf(harness.fake, accents))['data'] as { choices: { value: string }[] }).choices;
    expect(accentChoices.map((choice) => choice.value)).toContain('glossary:een-gezin-een-plan-een-regisseur');
  });

  it('answers a picked entry with label, framework, summary, sources with quotes and related terms', async () => {
    const sent = harness.fake.sendSlashCommand({ commandName: 'definitie', options: { term: 'sturingsrol:regisseur' }, guildId, user: nextUser() });
    expect((await callbackOf(harness.fake, sent)).body).toMatchObject({ type: 5 });
    const embeds = embedsOf(await originalEditOf(harness.fake, sent));
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.title).toBe('Regisseur');
    expect(embeds[0]?.description).toContain('Sturingsrollen van de gemeente');
    expect(embeds[0]?.fields?.some((field) => field.name.startsWith('Bron: ') && field.value.startsWith('> '))).toBe(true);
    expect(embeds[0]?.footer?.text).toBe(STANDING_REMINDER);
  });

  it('offers only suggestions ("bedoel je …?") for an unknown term, never their summaries as a definition', async () => {
    const sent = harness.fake.sendSlashCommand({ commandName: 'definitie', options: { term: 'xyzzy plof' }, guildId, user: nextUser() });
    const edit = await originalEditOf(harness.fake, sent);
    expect(String(bodyOf(edit)['content'])).toMatch(/staat niet als begrip in de documenten\. Bedoel je misschien:\n• \*\*/);
    expect(embedsOf(edit)).toEqual([]);
  });
});

describe('/typeer', () => {
  const description =
    'In onze gemeente hebben we de hulp bij het huishouden aanbesteed en sturen we op prestatie-indicatoren. ' +
    'Zorgaanbieders leveren maandelijks productiecijfers aan en we rekenen af per geleverd uur. Het sociaal wijkteam werkt samen met huisartsen.';

  it('shows a profile per framework with text bars, dominant category, evidence and a source', async () => {
    const sent = harness.fake.sendSlashCommand({ commandName: 'typeer', options: { beschrijving: description }, guildId, user: nextUser() });
    expect((await callbackOf(harness.fake, sent)).body).toMatchObject({ type: 5 });
    const edit = await originalEditOf(harness.fake, sent);
    // 👍/👎 under the last message of the profile, carrying the classification id.
    await vi.waitFor(() => expect(customIdsOf(followUpsOf(harness.fake, sent).at(-1) ?? edit)).toEqual([expect.stringMatching(/^feedback:up:[0-9a-f-]{36}$/), expect.stringMatching(/^feedback:down:/)]));
    const embeds = [...embedsOf(edit), ...followUpsOf(harness.fake, sent).flatMap(embedsOf)];
    expect(embeds.map((embed) => embed.title)).toContain('Sturingsperspectieven (Nijdam 2020)');
    const perspective = embeds.find((embed) => embed.title === 'Sturingsperspectieven (Nijdam 2020)');
    expect(perspective?.description).toMatch(/\*\*Dominant:\*\* New Public Management/);
    expect(perspective?.description).toMatch(/\n```\nNew Public Management +[█░]{10} 0\.\d\d\n.*\n```\n/s);
    expect(perspective?.description).toContain('> In onze gemeente hebben we de hulp bij het huishouden aanbesteed');
    expect(perspective?.description).toMatch(/\*\*Bron:\*\* Nijdam \(2020\), regels? \d+/);
    expect(embeds[embeds.length - 1]?.footer?.text).toBe(STANDING_REMINDER);
  });

  it('reads a text attachment, and refuses a PDF or an oversized file politely', async () => {
    const attachment = harness.fake.createAttachment('aanpak.txt', description, 'text/plain; charset=utf-8');
    const sent = harness.fake.sendSlashCommand({ commandName: 'typeer', attachments: { bijlage: attachment }, guildId, user: nextUser() });
    const embeds = embedsOf(await originalEditOf(harness.fake, sent));
    expect(embeds.find((embed) => embed.title === 'Sturingsperspectieven (Nijdam 2020)')?.description).toMatch(/Dominant:\*\* New Public Management/);

    const pdf = harness.fake.createAttachment('plan.pdf', '%PDF-1.7', 'application/pdf');
    const pdfSent = harness.fake.sendSlashCommand({ commandName: 'typeer', attachments: { bijlage: pdf }, guildId, user: nextUser() });
    expect(bodyOf(await originalEditOf(harness.fake, pdfSent))['content']).toMatch(/alleen tekstbestanden lezen \(\.txt of \.md\)/);

    const large = harness.fake.createAttachment('groot.md', 'woord '.repeat(200_000), 'text/markdown');
    const largeSent = harness.fake.sendSlashCommand({ commandName: 'typeer', attachments: { bijlage: large }, guildId, user: nextUser() });
    expect(bodyOf(await originalEditOf(harness.fake, largeSent))['content']).toMatch(/te groot .*maximum is 1024 kB/);
  });

  it('opens a 4000-character modal without a description, and classifies what is submitted', async () => {
    const user = nextUser();
    const sent = harness.fake.sendSlashCommand({ commandName: 'typeer', guildId, user });
    const callback = await callbackOf(harness.fake, sent);
    expect(callback.body).toMatchObject({ type: 9, data: { custom_id: 'typeer-modal:openbaar', title: 'Beschrijf je aanpak' } });
    expect(JSON.stringify(callback.body)).toMatch(/"custom_id":"beschrijving".*"max_length":4000|"max_length":4000.*"custom_id":"beschrijving"/);

    const submitted = harness.fake.sendModalSubmit({ customId: 'typeer-modal:openbaar', fields: { beschrijving: description }, guildId, user });
    expect((await callbackOf(harness.fake, submitted)).body).toMatchObject({ type: 5 });
    expect(embedsOf(await originalEditOf(harness.fake, submitted)).some((embed) => /Dominant:\*\* New Public Management/.test(embed.description ?? ''))).toBe(true);
  });
});

describe('/toets, /bronnen, /help', () => {
  it('/toets assesses an attached plan: a summary embed with the chart as its image, and the report attached', async () => {
    const plan = [
      '# Visie',
      'Wij willen dat inwoners zelf het initiatief nemen en eigen kracht benutten; bewoners bepalen samen wat er in de wijk nodig is.',
      '# Bekostiging',
      'De hulp bij het huishouden is aanbesteed. Aanbieders worden per geleverd uur afgerekend en we sturen op prestatie-indicatoren.',
      '# Aansturing',
      'Het contractmanagement controleert elk kwartaal de productiecijfers van de aanbieders.',
    ].join('\n\n');
    const attachment = harness.fake.createAttachment('conceptplan.md', plan, 'text/markdown');
    const sent = harness.fake.sendSlashCommand({ commandName: 'toets', attachments: { bestand: attachment }, guildId, user: nextUser() });
    expect((await callbackOf(harness.fake, sent)).body).toMatchObject({ type: 5 });
    const edit = await originalEditOf(harness.fake, sent, 15_000);
    const embed = embedsOf(edit)[0]!;
    expect(embed.title).toContain('Zelftoets');
    expect(embed.image?.url).toBe('attachment://stuurwijzer-profiel.png');
    expect(embed.fields?.map((field) => field.name)).toEqual(expect.arrayContaining(['Per element (Nijdam, Bijlage E)']));
    expect(embed.fields?.find((field) => field.name.startsWith('Spanningen'))?.value).not.toBe('Geen spanningen gevonden.');
    const files = edit.files.map((file) => file.fileName);
    expect(files).toEqual(expect.arrayContaining(['stuurwijzer-profiel.png', 'zelftoets-conceptplan.md']));
    const png = edit.files.find((file) => file.fileName === 'stuurwijzer-profiel.png')!;
    expect(png.content.subarray(1, 4).toString('ascii')).toBe('PNG');
    const report = edit.files.find((file) => file.fileName.endsWith('.md'))!.content.toString('utf8');
    expect(report).toContain('Bekostiging');
    expect(JSON.stringify(bodyOf(edit)['allowed_mentions'])).toContain('"parse":[]');
  });

  it('/toets explains a file it cannot read, in Dutch', async () => {
    const attachment = harness.fake.createAttachment('plan.pdf', '%PDF-1.7 kapot', 'application/pdf');
    const sent = harness.fake.sendSlashCommand({ commandName: 'toets', attachments: { bestand: attachment }, guildId, user: nextUser() });
    const edit = await originalEditOf(harness.fake, sent, 15_000);
    expect(JSON.stringify(bodyOf(edit))).toMatch(/beschadigd|kan ik niet lezen/);
  });

  it('/bronnen lists the documents with citation and title; /help explains the commands with examples', async () => {
    const sources = harness.fake.sendSlashCommand({ commandName: 'bronnen', guildId, user: nextUser() });
    const list = embedsOf(await originalEditOf(harness.fake, sources))[0]?.description ?? '';
    expect(list).toContain('**Nijdam (2020)** — Sturing in 3D.');
    expect(list).toContain('**Wester & Schurer (2016)** — Sturing van de Gebiedsgerichte aanpak.');

    const help = harness.fake.sendSlashCommand({ commandName: 'help', guildId, user: nextUser() });
    const embed = embedsOf(await originalEditOf(harness.fake, help))[0];
    expect(embed?.title).toBe('Wat kan Stuurwijzer?');
    expect(embed?.fields?.map((field) => field.name)).toEqual(expect.arrayContaining(['/vraag', '/typeer', '/definitie', '/bronnen', '/toets']));
    expect(JSON.stringify(embed)).toContain('/vraag vraag: Wat is frontlijnsturing?');
  });
});

describe('access control and rate limit', () => {
  it('refuses a command in a channel that is not allowed, politely and ephemerally, and answers nothing there', async () => {
    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    const sent = ask('Wat is frontlijnsturing?', { channelId: harnessIds.otherChannel });
    const callback = await callbackOf(harness.fake, sent);
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64, content: `Stuurwijzer beantwoordt in dit kanaal geen vragen. Stel je vraag in <#${harnessIds.allowedChannel}>.` } });
    expect(bodyOf(callback)['data']).toMatchObject({ allowed_mentions: { parse: [] } });

    // A later question in the allowed channel is answered; the refused one never reached the engine.
    const allowed = ask('Wat is netwerksturing?');
    await originalEditOf(harness.fake, allowed);
    expect(askSpy).toHaveBeenCalledTimes(1);
    expect(harness.fake.requests.some((call) => call.route.includes(sent.token) && call.method === 'PATCH')).toBe(false);
  });

  it('refuses a user above DISCORD_RATE_LIMIT_PER_MINUTE with the wait time', async () => {
    const user = nextUser();
    const sent = Array.from({ length: 6 }, () => harness.fake.sendSlashCommand({ commandName: 'definitie', options: { term: 'regie' }, guildId, user }));
    const callbacks = await Promise.all(sent.map((interaction) => callbackOf(harness.fake, interaction)));
    expect(callbacks.slice(0, 5).map((callback) => bodyOf(callback)['type'])).toEqual([5, 5, 5, 5, 5]);
    expect(callbacks[5]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(String((bodyOf(callbacks[5]!)['data'] as { content: string }).content)).toMatch(
      /^Je hebt het maximum van 5 verzoeken per minuut bereikt\. Probeer het over (60|59|58) seconden opnieuw\.$/,
    );
    // Another user is not affected.
    const other = harness.fake.sendSlashCommand({ commandName: 'definitie', options: { term: 'regie' }, guildId, user: nextUser() });
    expect((await callbackOf(harness.fake, other)).body).toMatchObject({ type: 5 });
  });

  it('/beheer herindexeer is admin-only and questions are answered while it runs', async () => {
    const nonAdmin = harness.fake.sendSlashCommand({ commandName: 'beheer', subcommand: 'herindexeer', guildId, user: nextUser(), memberPermissions: '0' });
    expect((await callbackOf(harness.fake, nonAdmin)).body).toMatchObject({ type: 4, data: { content: 'Alleen beheerders kunnen dit doen.', flags: 64 } });

    let finishReindex: () => void = () => undefined;
    const reindex = vi.spyOn(testEngine.engine, 'reindex').mockImplementation(() => new Promise<void>((resolve) => (finishReindex = resolve)));
    const admin = harness.fake.sendSlashCommand({ commandName: 'beheer', subcommand: 'herindexeer', guildId, user: nextUser() });
    expect((await callbackOf(harness.fake, admin)).body).toEqual({ type: 5, data: { flags: 64 } });
    await vi.waitFor(() => expect(reindex).toHaveBeenCalledTimes(1));

    const question = ask('Wat is frontlijnsturing?');
    expect(embedsOf(await originalEditOf(harness.fake, question))[0]?.description).toMatch(/\[1\]/);
    const second = harness.fake.sendSlashCommand({ commandName: 'beheer', subcommand: 'herindexeer', guildId, user: nextUser() });
    expect(bodyOf(await originalEditOf(harness.fake, second))['content']).toBe('Er loopt al een herindexering; even geduld.');

    finishReindex();
    expect(bodyOf(await originalEditOf(harness.fake, admin))['content']).toMatch(/^De index is opnieuw opgebouwd in [\d,]+ s \(\d+ passages\)/);
    expect((await testEngine.engine.audit.entries()).some((entry) => entry.command === 'beheer-herindexeer' && entry.outcome === 'reindexed')).toBe(true);
  });
});

/** The next message the bot posts in a channel (or thread), after `fromIndex` requests. */
function nextPostIn(channelId: string, fromIndex: number): Promise<RecordedRestCall> {
  return harness.fake.waitForRequest(restCall('POST', `/channels/${channelId}/messages`), 5000, { fromIndex });
}

describe('mentions and threads', () => {
  it('a mention in an allowed channel starts a thread from that message and answers in it', async () => {
    const from = harness.fake.requests.length;
    const question = 'Welke rol heeft de gemeente bij netwerksturing?';
    const message = harness.fake.sendMessageCreate({ content: question, mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });

    const threadCall = await harness.fake.waitForRequest(restCall('POST', `/channels/${harnessIds.allowedChannel}/messages/${message.id}/threads`), 5000, { fromIndex: from });
    expect(threadCall.body).toMatchObject({ name: question, auto_archive_duration: 1440 });
    const answer = await nextPostIn(message.id, from);
    expect(bodyOf(answer)['allowed_mentions']).toMatchObject({ parse: [] });
    const [answerEmbed, sources] = embedsOf(answer);
    expect(answerEmbed?.title).toBe(question);
    expect(answerEmbed?.description).toMatch(/\[1\]/);
    expect(sources?.title).toBe('Bronnen');
    expect(harness.bot.client.channels.cache.get(message.id)?.isThread()).toBe(true);
  });

  it('a follow-up in the bot\'s thread (no mention) is answered with the thread history', async () => {
    const user = nextUser();
    const first = 'Welke rol heeft de gemeente bij netwerksturing?';
    let from = harness.fake.requests.length;
    const starter = harness.fake.sendMessageCreate({ content: first, mentionBot: true, channelId: harnessIds.allowedChannel, author: user });
    const firstAnswer = await nextPostIn(starter.id, from);
    const firstAnswerText = embedsOf(firstAnswer)[0]?.description ?? '';

    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    from = harness.fake.requests.length;
    const followUp = 'en hoe zit dat bij frontlijnsturing?';
    harness.fake.sendMessageCreate({ content: followUp, channelId: starter.id, author: user });
    const secondAnswer = await nextPostIn(starter.id, from);

    expect(askSpy).toHaveBeenCalledTimes(1);
    const [askedQuestion, options] = askSpy.mock.calls[0] as [string, AskOptions];
    expect(askedQuestion).toBe(followUp);
    expect(options.history?.[0]).toEqual({ role: 'user', text: first });
    expect(options.history?.[1]?.role).toBe('assistant');
    expect(options.history?.[1]?.text.replace(/\s+/g, ' ')).toBe(firstAnswerText.replace(/\\/g, '').replace(/\s+/g, ' '));
    expect(options.history).toHaveLength(2);
    expect(options.context).toMatchObject({ interface: 'discord', command: 'vraag-draad', channelId: starter.id });
    // The offline engine searched for both questions: the answer is about frontline steering in the network context.
    expect(embedsOf(secondAnswer)[0]?.description?.toLowerCase()).toMatch(/frontlijn/);
    // The thread's recent messages were fetched (the starter message lives in the parent channel's cache).
    expect(harness.fake.requests.some(restCall('GET', `/channels/${starter.id}/messages`))).toBe(true);
  });

  it('answers in a thread the bot owns that it did not start in this process (owner_id), and ignores other threads', async () => {
    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    const foreign = harness.fake.sendThreadCreate({ parentId: harnessIds.allowedChannel, ownerId: '1300000000000000077', name: 'overleg' });
    const owned = harness.fake.sendThreadCreate({ parentId: harnessIds.allowedChannel, ownerId: harness.fake.applicationId, name: 'oude draad' });
    await vi.waitFor(() => expect(harness.bot.client.channels.cache.has(owned.id)).toBe(true));

    harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', channelId: foreign.id, author: nextUser() });
    const from = harness.fake.requests.length;
    harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', channelId: owned.id, author: nextUser() });
    const answer = await nextPostIn(owned.id, from);

    expect(embedsOf(answer)[0]?.description).toMatch(/\[1\]/);
    expect(askSpy).toHaveBeenCalledTimes(1);
    expect(harness.fake.requests.some((call) => call.route === `/channels/${foreign.id}/messages` && call.method === 'POST')).toBe(false);
  });

  it('ignores a mention in a channel that is not allowed', async () => {
    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    const ignored = harness.fake.sendMessageCreate({ content: 'Wat is frontlijnsturing?', mentionBot: true, channelId: harnessIds.otherChannel, author: nextUser() });
    const from = harness.fake.requests.length;
    const answered = harness.fake.sendMessageCreate({ content: 'Wat is netwerksturing?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    await nextPostIn(answered.id, from);

    expect(askSpy).toHaveBeenCalledTimes(1);
    expect(harness.fake.requests.some((call) => call.route.startsWith(`/channels/${harnessIds.otherChannel}/`))).toBe(false);
    expect(harness.fake.requests.some((call) => call.route.startsWith(`/channels/${ignored.id}/`))).toBe(false);
  });

  it('answers an empty mention with one line of help, and ignores other bots', async () => {
    const from = harness.fake.requests.length;
    const empty = harness.fake.sendMessageCreate({ content: '', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    const reply = await nextPostIn(harnessIds.allowedChannel, from);
    expect(reply.body).toMatchObject({
      content: 'Stel je vraag na de vermelding, bijvoorbeeld: @Stuurwijzer wat is frontlijnsturing?',
      message_reference: { message_id: empty.id },
      allowed_mentions: { parse: [], replied_user: false },
    });

    const askSpy = vi.spyOn(testEngine.engine, 'ask');
    harness.fake.sendMessageCreate({ content: 'Wat is regie?', mentionBot: true, channelId: harnessIds.allowedChannel, author: { ...nextUser(), bot: true } });
    const later = harness.fake.sendMessageCreate({ content: 'Wat is regie?', mentionBot: true, channelId: harnessIds.allowedChannel, author: nextUser() });
    await nextPostIn(later.id, harness.fake.requests.length);
    expect(askSpy).toHaveBeenCalledTimes(1);
  });
});
