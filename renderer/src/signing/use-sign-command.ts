// The sign call of the sign dialog: when no answer came, the field is read again before anything is said,
// and a field signed after all counts as signed. Never signs again by itself.
import { useQueryClient } from '@tanstack/react-query';
import type { FieldRef, InputOf, SignOutcome } from '../../../shared/contract';
import type { CommandResult } from '../api/command';
import { documentFieldsQuery, markFieldProcessed } from '../api/queries';
import { useCommand } from '../api/use-command';
import type { Command } from '../api/use-command';
import { signer } from '../api/bridge';
import { outcomeUnknown, unknownOutcomeNote } from './sign-outcome';
import type { FieldCheck } from './sign-outcome';

/** The sign command for one field (a command, not a cached mutation: the code and the image are never kept once sent). */
export function useSignCommand(ref: FieldRef): Command<InputOf<'signField'>, SignOutcome> {
  const queryClient = useQueryClient();
  const { packageId, documentId, fieldName } = ref;

  /** Reads the field again from the server (into the cache too): processed, still to do, or unknown when the read fails. */
  const checkField = async (): Promise<FieldCheck> => {
    try {
      const result = await signer().getDocumentFields({ packageId, documentId });
      if (!result.ok) return 'unknown';
      queryClient.setQueryData(documentFieldsQuery(packageId, documentId).queryKey, result.value);
      const now = result.value.fields.find((candidate) => candidate.name === fieldName);
      return now === undefined ? 'unknown' : now.processed ? 'signed' : 'todo';
    } catch {
      return 'unknown';
    }
  };

  /** Signs; when no answer came, reads the field before saying anything: signed after all counts as signed. */
  const signOrCheck = async (input: InputOf<'signField'>): Promise<CommandResult<SignOutcome>> => {
    const result = await signer().signField(input);
    // Signed: shown at once; the re-read after the change still follows and has the last word.
    if (result.ok && result.value.status === 'SIGNED') markFieldProcessed(queryClient, packageId, documentId, fieldName);
    if (result.ok || !outcomeUnknown(result.error)) return result;
    // No answer is not a no: the server may have signed. Never sign again by ourselves; look at the field.
    const check = await checkField();
    if (check === 'signed') return { ok: true, value: { status: 'SIGNED', transactionId: '' } };
    return { ok: false, error: result.error, note: unknownOutcomeNote(check) };
  };

  return useCommand(signOrCheck, { errorTitle: 'Could not sign', failures: 'inline' });
}
