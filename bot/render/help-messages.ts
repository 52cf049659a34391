import { STANDING_REMINDER } from '../../engine/answer/answer-types.js';
import { packEmbeds, type OutgoingMessage } from '../outgoing-message.js';
import { embedColors } from './embed-colors.js';

/** `/help`: what Stuurwijzer can do, with an example per command. */
export function helpMessages(): OutgoingMessage[] {
  return packEmbeds([
    {
      title: 'Wat kan Stuurwijzer?',
      description:
        'Stuurwijzer beantwoordt vragen over sturing in het sociaal domein uit vijf bestudeerde documenten, altijd met de bronnen ' +
        '(document, paragraaf, regelnummers en een letterlijk citaat). Staat het antwoord er niet in, dan zegt Stuurwijzer dat eerlijk.',
      color: embedColors.result,
      fields: [
        { name: '/vraag', value: 'Een antwoord met bronnen.\nBijv. `/vraag vraag: Wat is frontlijnsturing?`\nMet `prive: True` ziet alleen jij het antwoord.' },
        { name: '@Stuurwijzer in een kanaal', value: 'Ik open een draad bij je bericht en antwoord daar. Vervolgvragen in die draad begrijp ik in samenhang.\nBijv. `@Stuurwijzer welke rol heeft de gemeente bij netwerksturing?` en daarna `en hoe zit dat bij frontlijnsturing?`' },
        { name: '/typeer', value: 'Typeert een beschrijving van jullie aanpak per kader (sturingsperspectief, governancetype, regierol, …).\nBijv. `/typeer beschrijving: We sturen zorgaanbieders op prestatie-indicatoren…`\nLange tekst? Laat `beschrijving` leeg voor een invulvenster, of voeg een .txt/.md-bestand toe als `bijlage`.' },
        { name: '/definitie', value: 'Wat een begrip uit de theorie betekent, met de bron. Tikfouten mogen.\nBijv. `/definitie term: regisseur`' },
        { name: '/toets', value: 'Toetst een conceptplan (binnenkort beschikbaar).' },
        { name: '/bronnen', value: 'De documenten waar Stuurwijzer uit antwoordt.' },
        { name: 'Feedback', value: 'Klik 👍 of 👎 onder een antwoord; zo wordt Stuurwijzer beter. Met **Bronnen** zie je alle citaten voluit.' },
        { name: 'Privacy', value: 'Zet geen persoonsgegevens (BSN, adressen, telefoonnummers, namen van inwoners) in je vragen.' },
      ],
      footer: { text: STANDING_REMINDER },
    },
  ]);
}
