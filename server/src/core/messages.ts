// Turns a message key, its arguments and a rule into the sentence a lawyer reads.
import type { Language } from '../vocabulary';
import { MESSAGES, RULE_UNCONFIRMED, type MessageKey } from '../data/messages';
import { rule, type RuleId } from '../data/rules';

import { fill, type MessageArgs } from './text';

export type { MessageArgs };

/** "What is wrong. Why (the rule). How to fix it." */
export function composeMessage(code: RuleId, key: MessageKey, args: MessageArgs, language: Language): string {
  const template = MESSAGES[key] as { what: Record<Language, string>; how?: Record<Language, string> };
  const def = rule(code);
  const parts = [fill(template.what[language], args), def.why[language]];
  if (template.how) parts.push(fill(template.how[language], args));
  if (def.status === 'U') parts.push(RULE_UNCONFIRMED[language]);
  return parts.join(' ');
}
