// The look every form control shares; aria-invalid (set by Field) turns the ring red.
export function controlClass(compact: boolean | undefined, className = ''): string {
  const size = compact ? 'px-2 py-1.5' : 'px-3 py-2';
  return `block rounded-lg border-0 bg-white ${size} text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 aria-[invalid=true]:ring-red-500 ${className}`;
}
