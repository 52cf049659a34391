import { InputError } from '../engine/errors.js';

/** An attachment the bot cannot use: too large, not text, not downloadable. */
export class AttachmentError extends InputError {}
