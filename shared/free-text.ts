// The rule for text people type freely (reasons, location, contact details, names): normalised to NFC
// and trimmed, with no control or text-direction characters, and at least one visible character.
// The renderer applies it inline before sending; main's input schemas apply it again.
import { REASON_MAX_LENGTH, SIGNER_NAME_MAX_LENGTH, SIGNING_DETAIL_MAX_LENGTH } from './input-limits.js';

/** How one free-text input is checked, and how its messages name it. */
export interface FreeTextRule {
  /** The input in a sentence, capitalised: "The reason". */
  name: string;
  maxLength: number;
  /** Shown when required text is blank; absent for optional text. */
  missing?: string;
  /** Line breaks allowed (text areas). */
  multiline?: boolean;
  /** The name is plural ("The contact details"), for the verbs of its messages. */
  plural?: boolean;
}

/** Checked text (normalised and trimmed; '' for blank optional text), or a plain message. */
export type FreeTextCheck = { ok: true; value: string } | { ok: false; message: string };

/** A decline reason: required, several lines. */
export const DECLINE_REASON: FreeTextRule = { name: 'The reason', maxLength: REASON_MAX_LENGTH, missing: 'Enter a reason for declining.', multiline: true };
/** An approval reason: optional, several lines. */
export const OPTIONAL_REASON: FreeTextRule = { name: 'The reason', maxLength: REASON_MAX_LENGTH, multiline: true };
/** The signing reason in the sign dialog. */
export const SIGNING_REASON: FreeTextRule = { name: 'The reason', maxLength: SIGNING_DETAIL_MAX_LENGTH };
/** The signing location in the sign dialog. */
export const LOCATION: FreeTextRule = { name: 'The location', maxLength: SIGNING_DETAIL_MAX_LENGTH };
/** The contact details in the sign dialog. */
export const CONTACT: FreeTextRule = { name: 'The contact details', maxLength: SIGNING_DETAIL_MAX_LENGTH, plural: true };
/** An in-person signer's name: required. */
export const SIGNER_NAME: FreeTextRule = { name: 'The signer’s name', maxLength: SIGNER_NAME_MAX_LENGTH, missing: 'Enter the signer’s name.' };

// Control characters, bidi embeddings, overrides, isolates and marks, lone surrogates, line and paragraph separators.
const FORBIDDEN = /[\p{Cc}\p{Bidi_Control}\p{Cs}\u2028\u2029]/u;
// Anything that draws ink: not a space, not an invisible or ignorable character, not a lone combining mark.
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{M}\p{Cs}\u2800]/u;

/** Normalises free text and checks it against its rule. */
export function checkFreeText(text: string, rule: FreeTextRule): FreeTextCheck {
  const value = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (value === '') return rule.missing === undefined ? { ok: true, value } : { ok: false, message: rule.missing };
  const forbidden = rule.multiline ? value.replaceAll('\n', ' ') : value;
  if (FORBIDDEN.test(forbidden))
    return {
      ok: false,
      message: `${rule.name} ${rule.plural ? 'contain' : 'contains'} invisible control or text-direction characters. Remove them and try again.`,
    };
  if (!VISIBLE.test(value)) return { ok: false, message: `${rule.name} ${rule.plural ? 'have' : 'has'} no visible characters.` };
  if (value.length > rule.maxLength) return { ok: false, message: `${rule.name} can be at most ${rule.maxLength} characters.` };
  return { ok: true, value };
}

/** The optional details of a signature, as typed in the sign dialog. */
export interface SigningDetails {
  reason: string;
  location: string;
  contact: string;
}

/** Checks the sign dialog's details together: what to send (blank ones left out) and a message for each bad one. */
export function checkSigningDetails(details: SigningDetails): { values: Partial<SigningDetails>; errors: Partial<SigningDetails> } {
  const rules: Record<keyof SigningDetails, FreeTextRule> = { reason: SIGNING_REASON, location: LOCATION, contact: CONTACT };
  const values: Partial<SigningDetails> = {};
  const errors: Partial<SigningDetails> = {};
  for (const key of ['reason', 'location', 'contact'] as const) {
    const checked = checkFreeText(details[key], rules[key]);
    if (!checked.ok) errors[key] = checked.message;
    else if (checked.value !== '') values[key] = checked.value;
  }
  return { values, errors };
}
