import { useState } from 'react';
import { PageHeader } from '../../../components/ui/page-header';
import { usePageTitle } from '../../../hooks/use-page-title';
import { session } from '../../../lib/session';
import { AppointmentsTable } from './appointments-table';
import { AvailabilityPanel } from './availability-panel';
import { PracticeCalendar } from './practice-calendar';
import { Dashboard } from './dashboard';
import { EmailDeliveryBanner } from './email-delivery-banner';
import { KeysAndExports } from './keys-and-exports';

const TABS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'appointments', label: 'Appointments' },
  { id: 'availability', label: 'Availability' },
  { id: 'tools', label: 'Exports & API keys' },
] as const;

/** The provider's area. Clients who find the address see a plain refusal. */
export function AdminPage() {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('dashboard');
  const provider = session.get().user?.role === 'PROVIDER';
  usePageTitle(provider ? `Practice · ${TABS.find((item) => item.id === tab)!.label}` : 'Practice');
  if (!provider) {
    return (
      <p role="alert" className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
        This area is for the consultant only.
      </p>
    );
  }
  return (
    <div>
      <PageHeader title="Practice" subtitle="Appointments, figures, exports and integrations" />
      <EmailDeliveryBanner />
      <div role="tablist" aria-label="Practice sections" className="mb-6 inline-flex flex-wrap rounded-xl bg-slate-100 p-1">
        {TABS.map((item) => (
          <button
            key={item.id}
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`panel-${item.id}`}
            onClick={() => setTab(item.id)}
            className={`rounded-lg px-4 py-1.5 text-sm font-medium ${tab === item.id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'dashboard' ? (
          <Dashboard />
        ) : tab === 'calendar' ? (
          <PracticeCalendar />
        ) : tab === 'appointments' ? (
          <AppointmentsTable />
        ) : tab === 'availability' ? (
          <AvailabilityPanel />
        ) : (
          <KeysAndExports />
        )}
      </div>
    </div>
  );
}
