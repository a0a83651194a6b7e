import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchTimeZones, timeZoneOptions, type TimeZoneOption } from '../lib/time-zone-options';
import { controlClass } from './ui/control-class';
import { useFieldControl } from './ui/field';

const shown = (option: TimeZoneOption | undefined, zone: string) => (option ? `${option.city} (${option.offset})` : zone.replaceAll('_', ' '));

/**
 * A searchable list of time zones (the ARIA 1.2 combobox pattern): type a place, a zone name or an offset
 * ("tok", "eastern", "gmt+9"), move with the arrow keys, choose with Enter or a click; Escape goes back.
 * Offsets are those in force today, and the list runs from west to east.
 */
export function TimeZoneCombobox(props: { value: string; onChange: (zone: string) => void; id?: string; compact?: boolean; className?: string }) {
  const field = useFieldControl();
  const listId = useId();
  const inputId = props.id ?? field?.id;
  // Offsets of today: a list left open over a DST change is off by an hour until it is opened again.
  const options = useMemo(() => timeZoneOptions(new Date(), props.value), [props.value]);
  const selected = options.find((option) => option.zone === props.value);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const open = query !== null;
  const matches = open ? matchTimeZones(options, query) : [];
  const activeOption = matches[Math.min(active, matches.length - 1)];

  const show = (index: number) => {
    setActive(index);
    listRef.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  const choose = (option: TimeZoneOption | undefined) => {
    setQuery(null);
    if (option && option.zone !== props.value) props.onChange(option.zone);
  };
  const startSearch = (text: string) => {
    setQuery(text);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        startSearch('');
        setActive(Math.max(0, options.indexOf(selected!)));
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      show(Math.min(Math.max(active + step, 0), matches.length - 1));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(activeOption);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setQuery(null);
    } else if ((event.key === 'Home' || event.key === 'End') && open && matches.length > 0) {
      event.preventDefault();
      show(event.key === 'Home' ? 0 : matches.length - 1);
    }
  };

  return (
    <div className={`relative ${props.className ?? ''}`}>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && activeOption ? `${listId}-${matches.indexOf(activeOption)}` : undefined}
        aria-describedby={field?.describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search a city or zone"
        value={open ? query : shown(selected, props.value)}
        onChange={(event) => startSearch(event.target.value)}
        onFocus={(event) => event.target.select()}
        onClick={() => {
          if (!open) startSearch('');
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
        className={controlClass(props.compact, 'w-full min-w-56 pr-8')}
      />
      <span aria-hidden className="pointer-events-none absolute inset-y-0 right-2 flex items-center text-slate-400">
        ▾
      </span>
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="Time zones"
        hidden={!open}
        className="absolute right-0 z-30 mt-1 max-h-72 w-full min-w-72 max-w-[calc(100vw-2rem)] overflow-auto rounded-lg bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200"
      >
        {matches.map((option, index) => (
          <li
            key={option.zone}
            id={`${listId}-${index}`}
            data-index={index}
            role="option"
            aria-selected={option === activeOption}
            // Chosen before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseMove={() => index !== active && setActive(index)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${option === activeOption ? 'bg-brand-50 text-brand-900' : 'text-slate-800'}`}
          >
            <span className="min-w-0">
              <span className="font-medium">{option.city}</span>{' '}
              <span className="block truncate text-xs text-slate-500">
                {option.zone} ({option.offset}){option.name ? ` · ${option.name}` : ''}
              </span>
            </span>
            {option.zone === props.value ? <span className="text-xs font-medium text-brand-700">current</span> : null}
          </li>
        ))}
      </ul>
      {open && matches.length === 0 ? (
        <p
          role="status"
          className="absolute right-0 z-30 mt-1 w-full min-w-72 max-w-[calc(100vw-2rem)] rounded-lg bg-white px-3 py-2 text-sm text-slate-500 shadow-lg ring-1 ring-slate-200"
        >
          No zone matches "{query}".
        </p>
      ) : null}
    </div>
  );
}
