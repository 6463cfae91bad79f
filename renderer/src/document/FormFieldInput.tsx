// One form field as an input labelled by its name: validated on blur and before saving, with its message inline.
import { useId } from 'react';
import type { FocusEvent } from 'react';
import type { FieldInfo, FormValue } from '../../../shared/contract';
import { FIELD_ATTRIBUTES } from './field-focus';
import { currentFormValue } from './form-draft';
import { formatHint, formatKey, initialFormValue, validateFormValue } from './form-validation';
import { fieldKey } from './next-field';
import { usePackageWork } from './package-work-context';

/** Props of a form input. */
export interface FormFieldInputProps {
  documentId: number;
  field: FieldInfo;
  /** Id of the line with the field's status and page, read after the label. */
  metaId: string;
}

/** Input modes for text formats, so on-screen keyboards fit the value. */
const INPUT_MODES: Record<string, 'email' | 'decimal' | 'numeric' | undefined> = { EMAIL: 'email', NUMBER: 'decimal', DATE: 'numeric' };

/** An editable form field of mine. */
export function FormFieldInput({ documentId, field, metaId }: FormFieldInputProps) {
  const work = usePackageWork();
  const id = useId();
  const formState = work.drafts.of(documentId);
  const value = currentFormValue(field, formState.values);
  const shown = formState.revealAll || formState.touched[field.name] === true;
  const error = shown ? validateFormValue(field, value) : null;
  const hint = field.kind === 'text' ? formatHint(field.formatType) : null;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [metaId, hint === null ? null : hintId, error === null ? null : errorId].filter((part) => part !== null).join(' ');
  const focusKey = { [FIELD_ATTRIBUTES.input]: fieldKey(documentId, field.name) };
  const set = (next: FormValue): void => work.drafts.setValue(documentId, field.name, next);
  const touch = (): void => work.drafts.touch(documentId, field.name);
  const invalid = error === null ? undefined : true;
  // A group is left when focus moves outside it, not between its own options.
  const touchOnLeave = (event: FocusEvent<HTMLElement>): void => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) touch();
  };

  const messages = (
    <>
      {hint !== null && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );

  switch (field.kind) {
    case 'checkbox':
      return (
        <div className={`field form-field${error === null ? '' : ' field--invalid'}`}>
          <label className="checkbox" htmlFor={id}>
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              required={field.required}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => set(event.target.checked)}
              onBlur={touch}
              {...focusKey}
            />
            {field.name}
          </label>
          {messages}
        </div>
      );
    case 'radio':
      return (
        <fieldset className={`field form-field radio-group${error === null ? '' : ' field--invalid'}`} aria-describedby={describedBy} onBlur={touchOnLeave}>
          <legend className="field-label">{field.name}</legend>
          {field.options.map((option, index) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name={id}
                value={option}
                checked={value === option}
                required={field.required}
                aria-invalid={invalid}
                onChange={() => set(option)}
                {...(index === 0 ? focusKey : {})}
              />
              {option}
            </label>
          ))}
          {messages}
        </fieldset>
      );
    case 'dropdown':
    case 'listbox': {
      // A list box is a single-choice list shown open; a dropdown starts on "Choose…".
      const listbox = field.kind === 'listbox';
      return (
        <div className={`field form-field${error === null ? '' : ' field--invalid'}`}>
          <label className="field-label" htmlFor={id}>
            {field.name}
          </label>
          <select
            id={id}
            className={`input${listbox ? ' listbox' : ''}`}
            size={listbox ? Math.min(Math.max(field.options.length, 2), 6) : undefined}
            value={typeof value === 'string' ? value : ''}
            required={field.required}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set(event.target.value)}
            onBlur={touch}
            {...focusKey}
          >
            {!listbox && <option value="">Choose…</option>}
            {field.options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
          {messages}
        </div>
      );
    }
    default:
      return (
        <div className={`field form-field${error === null ? '' : ' field--invalid'}`}>
          <label className="field-label" htmlFor={id}>
            {field.name}
          </label>
          <input
            id={id}
            type="text"
            className="input"
            value={typeof value === 'string' ? value : ''}
            maxLength={field.maxLength ?? undefined}
            placeholder={field.placeholder === '' ? undefined : field.placeholder}
            inputMode={INPUT_MODES[formatKey(field.formatType)]}
            autoComplete="off"
            required={field.required}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set(event.target.value)}
            onBlur={touch}
            {...focusKey}
          />
          {messages}
        </div>
      );
  }
}

/** A form field shown read-only (someone else's, or read-only): its value. */
export function FormFieldValue({ field }: { field: FieldInfo }) {
  const value = initialFormValue(field);
  const text = value === '' ? '—' : value === true ? 'Ticked' : value === false ? 'Not ticked' : value;
  return (
    <p className="form-value">
      <span className="visually-hidden">Value: </span>
      {text}
    </p>
  );
}
