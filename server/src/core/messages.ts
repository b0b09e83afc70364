// Turns a message key, its arguments and a rule into the sentence a lawyer reads.
import type { Language } from '../vocabulary';
import { MESSAGES, RULE_UNCONFIRMED, type MessageKey } from '../data/messages';
import { rule, type RuleId } from '../data/rules';

import { detach, fill, type MessageArgs } from './text';

export type { MessageArgs };

/** "What is wrong. Why (the rule). How to fix it." */
export function composeMessage(code: RuleId, key: MessageKey, args: MessageArgs, language: Language): string {
  // One string made by one join. Each value led by its length: a value holding the separators
  // (garbage in a pasted id) cannot make two different argument lists one key.
  const parts: (string | number)[] = [code, key, language];
  for (const name in args) {
    const value = String(args[name]);
    parts.push(name, value.length, value);
  }
  const memoKey = parts.join('\u0000');
  let message = composed.get(memoKey);
  if (message === undefined) {
    const template = MESSAGES[key] as { what: Record<Language, string>; how?: Record<Language, string> };
    const def = rule(code);
    const parts = [fill(template.what[language], args), def.why[language]];
    if (template.how) parts.push(fill(template.how[language], args));
    if (def.status === 'U') parts.push(RULE_UNCONFIRMED[language]);
    // Detached: a value cut from the text (an id, a name) would keep that version of it alive.
    message = detach(parts.join(' '));
    // Bounded: a pasted text of thousands of distinct findings must not grow it for good.
    if (composed.size >= MAX_COMPOSED) composed.clear();
    composed.set(detach(memoKey), message);
  }
  return message;
}

// Every check composes every finding's sentence again at each keystroke, and most are the same
// sentence as the keystroke before (300 paragraph-number findings in a long draft): filling the
// templates was 5% of a keystroke at 1 MB. Kept by what decides the sentence, all of it.
const composed = new Map<string, string>();
const MAX_COMPOSED = 4_096;
