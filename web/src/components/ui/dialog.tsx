import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog>: the browser traps focus and Escape closes it; focus
 * returns to whatever opened it.
 */
export function Dialog(props: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** False while something in the dialog cannot be called back: Escape then leaves it open. */
  dismissible?: boolean;
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
          <h2 id="dialog-title" className="text-lg font-semibold">
            {props.title}
          </h2>
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
