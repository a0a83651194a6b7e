import type { ReactNode } from 'react';

/** Said before confirming a time that starts within the cancellation notice period. */
export function NoticeWarning(props: { children: ReactNode; noticeHours: number; contact: ReactNode }) {
  return (
    <div role="note" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
      <p className="font-medium">
        {props.children}: it is within {props.noticeHours} hours.
      </p>
      <p className="mt-1">To change it later, please write to {props.contact}.</p>
    </div>
  );
}
