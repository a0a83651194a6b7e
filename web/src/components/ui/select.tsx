import type { SelectHTMLAttributes } from 'react';
import { controlClass } from './control-class';
import { useFieldControl } from './field';

export function Select({ compact, className = '', ...props }: SelectHTMLAttributes<HTMLSelectElement> & { compact?: boolean }) {
  const field = useFieldControl();
  return (
    <select
      id={field?.id}
      aria-describedby={field?.describedBy}
      aria-invalid={field?.invalid || undefined}
      {...props}
      className={controlClass(compact, `pr-8 ${className}`)}
    />
  );
}
