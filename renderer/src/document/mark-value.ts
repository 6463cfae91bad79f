// What a form field's mark on the page draws for its value, and what its spoken label adds.
import type { FieldInfo, FormValue } from '../../../shared/contract';

/** What a form field's mark shows and adds to its spoken label: the text or choice, a tick, a chosen radio. */
export function markValue(field: Pick<FieldInfo, 'kind'>, value: FormValue): { shown: string; spoken: string } {
  if (field.kind === 'checkbox') return value === true ? { shown: '✓', spoken: 'ticked' } : { shown: '', spoken: 'not ticked' };
  const text = typeof value === 'string' ? value.trim() : '';
  if (field.kind === 'radio') return text === '' ? { shown: '', spoken: 'nothing chosen' } : { shown: `● ${text}`, spoken: `${text} chosen` };
  return { shown: text, spoken: text };
}
