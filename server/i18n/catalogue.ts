// The API's messages in Swedish: each English template as the server raises it, `{name}` for
// what varies, and its Swedish wording with the same names (in any order). Data only: the
// renderer is translate.ts. Words follow the explorer's (client/src/i18n/strings.ts): aktör,
// samverkan, forum, källa, kartläggning, omgång, enhet.
import { ANALYTICS_MESSAGES } from './messages/analytics.ts';
import { IMPORT_MESSAGES, VOCABULARY_WORDS } from './messages/imports.ts';
import { RECORD_MESSAGES } from './messages/records.ts';
import { REQUEST_MESSAGES } from './messages/requests.ts';

/** [English template, Swedish template]. */
export type Template = readonly [english: string, swedish: string];

export const CATALOGUE: readonly Template[] = [...REQUEST_MESSAGES, ...RECORD_MESSAGES, ...ANALYTICS_MESSAGES, ...IMPORT_MESSAGES];

/** Placeholders whose value is an English word of a closed set, said in Swedish by these words. */
export const PLACEHOLDER_WORDS: Readonly<Record<string, ReadonlyMap<string, string>>> = { vocabulary: VOCABULARY_WORDS };
