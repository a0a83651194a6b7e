import type { InputHTMLAttributes } from 'react';
import { controlClass } from './control-class';
import { useFieldControl } from './field';

export function Input({ compact, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { compact?: boolean }) {
  const field = useFieldControl();
  return (
    <input
      id={field?.id}
      aria-describedby={field?.describedBy}
      aria-invalid={field?.invalid || undefined}
      {...props}
      className={controlClass(compact, className)}
    />
  );
}
