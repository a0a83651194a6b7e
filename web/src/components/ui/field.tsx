import { createContext, useContext, useId, type ReactNode } from 'react';

interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldControl | null>(null);

/** The id and descriptions a control inside a Field takes; null outside one. */
export function useFieldControl(): FieldControl | null {
  return useContext(FieldContext);
}

/**
 * A label, its control, an optional hint and an error slot, wired together: the control gets
 * the label's id, is described by the hint and the error, and is marked invalid with an error.
 * Pass `error` (null when fine) to keep the slot's space and avoid a jump when one appears.
 */
export function Field(props: { label: ReactNode; hint?: ReactNode; error?: ReactNode; inline?: boolean; className?: string; children: ReactNode }) {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const control = { id, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined, invalid: Boolean(props.error) };
  return (
    <div className={props.className}>
      <div className={props.inline ? 'flex flex-wrap items-center justify-between gap-2' : 'space-y-1'}>
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          {props.label}
        </label>
        <FieldContext.Provider value={control}>{props.children}</FieldContext.Provider>
      </div>
      {props.hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {props.hint}
        </p>
      ) : null}
      {props.error !== undefined ? (
        <p id={errorId} className="mt-1 min-h-4 text-xs text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
