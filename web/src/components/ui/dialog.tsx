import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: the browser traps focus and Escape closes it; focus
 * returns to whatever opened it. `closeButton` adds a "Close" button beside the title, for dialogs
 * with no button of their own (phones have no Escape key).
 */
export function Dialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** False while something in the dialog cannot be called back: Escape then leaves it open. */
  dismissible?: boolean;
  closeButton?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!props.open && dialog.open) {
      dialog.close();
    }
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="dialog-title"
      aria-describedby={props.description ? 'dialog-description' : undefined}
      onCancel={(event) => {
        if (props.dismissible === false) event.preventDefault();
      }}
      onClose={() => {
        props.onClose();
        (opener.current as HTMLElement | null)?.focus?.();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 text-slate-900 shadow-2xl"
    >
      {props.open ? (
        <div className="p-6">
          <div className="flex items-start justify-between gap-3">
            <h2 id="dialog-title" className="min-w-0 text-lg font-semibold break-words">
              {props.title}
            </h2>
            {props.closeButton ? (
              <button
                type="button"
                onClick={() => ref.current?.close()}
                className="shrink-0 rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
              >
                Close
              </button>
            ) : null}
          </div>
          {props.description ? (
            <p id="dialog-description" className="mt-1 text-sm text-slate-600">
              {props.description}
            </p>
          ) : null}
          <div className="mt-4">{props.children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
