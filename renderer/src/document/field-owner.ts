// Whose a field is, in the words the field list shows beside it.
import type { FieldInfo, Recipient } from '../../../shared/contract';
import type { FieldState } from './field-state';
import { recipientName } from './my-role';

/** "Yours to do", "For Priya Shah" (the recipient of the field's order), "By …" once done, or '' when there is nothing to say. */
export function fieldOwnerText(field: Pick<FieldInfo, 'order' | 'processedBy'>, state: FieldState, users: readonly Recipient[]): string {
  switch (state) {
    case 'todo':
      return 'Yours to do';
    case 'others':
      return `For ${recipientName(users, field.order) ?? 'someone else'}`;
    case 'done':
      return field.processedBy === '' ? '' : `By ${field.processedBy}`;
    default:
      return '';
  }
}
