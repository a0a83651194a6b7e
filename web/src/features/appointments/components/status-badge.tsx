const STYLES: Record<string, string> = {
  SCHEDULED: 'bg-brand-50 text-brand-800 ring-brand-200',
  COMPLETED: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  CANCELLED: 'bg-slate-100 text-slate-700 ring-slate-300',
  NO_SHOW: 'bg-amber-50 text-amber-900 ring-amber-200',
};
const LABELS: Record<string, string> = { SCHEDULED: 'Scheduled', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'No-show' };

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status] ?? ''}`}>{LABELS[status] ?? status}</span>
  );
}
