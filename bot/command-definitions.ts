import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { discordLimits } from './discord-limits.js';

/**
 * The slash commands as Discord's JSON, for `deploy-commands`. Guild-only: Stuurwijzer is used inside a municipal
 * server, where the allow-lists apply. `/beheer` is hidden from non-administrators by default; a server admin can
 * grant it to the DISCORD_ADMIN_ROLE_ID role under Server Settings → Integrations (the bot checks it again itself).
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const vraag = new SlashCommandBuilder()
    .setName('vraag')
    .setDescription('Stel een vraag; het antwoord komt uit de bestudeerde documenten, met bronnen')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('vraag').setDescription('Je vraag, bijvoorbeeld: Wat is frontlijnsturing?').setRequired(true).setMinLength(2).setMaxLength(discordLimits.modalTextInput),
    )
    .addBooleanOption((option) => option.setName('prive').setDescription('Alleen jij ziet het antwoord'));

  const typeer = new SlashCommandBuilder()
    .setName('typeer')
    .setDescription('Typeer een beschrijving van jullie aanpak per kader (sturingsperspectief, regierol, …)')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('beschrijving').setDescription('De beschrijving; laat leeg voor een invulvenster voor lange tekst').setMaxLength(discordLimits.modalTextInput),
    )
    .addAttachmentOption((option) => option.setName('bijlage').setDescription('Of een tekstbestand (.txt of .md) met de beschrijving'))
    .addBooleanOption((option) => option.setName('prive').setDescription('Alleen jij ziet de typering'));

  const toets = new SlashCommandBuilder()
    .setName('toets')
    .setDescription('Toets een conceptplan (PDF, Word, Markdown of tekst) aan de theorie')
    .setContexts(InteractionContextType.Guild)
    .addAttachmentOption((option) => option.setName('bestand').setDescription('Het conceptplan: PDF, Word (.docx), Markdown of tekst').setRequired(true));

  const definitie = new SlashCommandBuilder()
    .setName('definitie')
    .setDescription('Wat betekent een begrip uit de theorie? Met de bron')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('term').setDescription('Het begrip, bijvoorbeeld regisseur of netwerkende overheid').setRequired(true).setMaxLength(200).setAutocomplete(true),
    );

  const bronnen = new SlashCommandBuilder().setName('bronnen').setDescription('Welke documenten kent Stuurwijzer?').setContexts(InteractionContextType.Guild);

  const help = new SlashCommandBuilder().setName('help').setDescription('Wat kan Stuurwijzer, met voorbeelden').setContexts(InteractionContextType.Guild);

  const beheer = new SlashCommandBuilder()
    .setName('beheer')
    .setDescription('Beheer van Stuurwijzer (alleen beheerders)')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.Administrator)
    .addSubcommand((subcommand) => subcommand.setName('herindexeer').setDescription('Bouw de zoekindex opnieuw op; vragen worden intussen gewoon beantwoord'));

  return [vraag, typeer, toets, definitie, bronnen, help, beheer].map((builder) => builder.toJSON());
}
