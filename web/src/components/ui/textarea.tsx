import type { TextareaHTMLAttributes } from 'react';
import { controlClass } from './control-class';
import { useFieldControl } from './field';

export function Textarea({ className = '', ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const field = useFieldControl();
  return (
    <textarea
      id={field?.id}
      aria-describedby={field?.describedBy}
      aria-invalid={field?.invalid || undefined}
      {...props}
      className={controlClass(false, `w-full ${className}`)}
    />
  );
}
