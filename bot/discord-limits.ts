/** Discord's message limits (discord-api-docs, developers/resources/message.mdx); a violation is a 400 Bad Request. */
export const discordLimits = {
  messageContent: 2000,
  embedsPerMessage: 10,
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  threadName: 100,
  choiceName: 100,
  choiceValue: 100,
  autocompleteChoices: 25,
  modalTextInput: 4000,
  customId: 100,
} as const;
