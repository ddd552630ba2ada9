import { messages as english } from './en.js';
import { pseudoLocalize } from './pseudo.js';

export { pseudoLocalize, pseudoLocalizeText } from './pseudo.js';

/**
 * The pseudo-locale (`authn-flow-kit/locales/en-XA`): English with every letter accented, ~35 %
 * longer and bracketed, to find truncation, hard-coded strings and layouts that break in longer
 * languages. Render it with `locale="en-XA"`.
 */
export const messages = pseudoLocalize(english);

export const locale = 'en-XA';

export default messages;
