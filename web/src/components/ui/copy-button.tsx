import { useState } from 'react';
import { Button } from './button';

/** Copies `text` to the clipboard and says so; says how to copy by hand when the browser refuses. */
export function CopyButton(props: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setState('copied');
    } catch {
      setState('refused');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={() => void copy()}>
        {props.label}
      </Button>
      <span role="status" className="text-xs text-slate-700">
        {state === 'copied' ? 'Copied.' : state === 'refused' ? 'Copying was refused: select the key and copy it.' : ''}
      </span>
    </span>
  );
}
