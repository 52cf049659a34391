import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { customIds } from '../custom-ids.js';

/** Buttons under a result: "Bronnen" (optional), 👍 and 👎, all carrying the result id. */
export function resultButtons(resultId: string, options: { sources: boolean }): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  if (options.sources) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIds.sources(resultId), label: 'Bronnen', emoji: { name: '📚' } });
  }
  buttons.push(
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIds.feedback('up', resultId), emoji: { name: '👍' } },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIds.feedback('down', resultId), emoji: { name: '👎' } },
  );
  return [{ type: ComponentType.ActionRow, components: buttons }];
}
