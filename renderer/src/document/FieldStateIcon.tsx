// The icon of a field state, so state never rests on colour alone: a pen (to do), a person (someone else's), a tick (done), an eye (view only).
import type { FieldState } from './field-state';

/** A small decorative SVG for a field state; the text beside or the label says the state. */
export function FieldStateIcon({ state }: { state: FieldState }) {
  return (
    <svg className="field-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {state === 'todo' && <path d="M11.5 1.5l3 3-8.5 8.5H3v-3z M9.5 3.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />}
      {state === 'others' && (
        <>
          <circle cx="8" cy="5" r="2.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {state === 'done' && <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />}
      {state === 'view' && (
        <>
          <path
            d="M1.5 8s2.5-4.5 6.5-4.5 6.5 4.5 6.5 4.5-2.5 4.5-6.5 4.5S1.5 8 1.5 8z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinejoin="round"
          />
          <circle cx="8" cy="8" r="1.8" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
