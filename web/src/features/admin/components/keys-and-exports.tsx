import { ApiKeys } from './api-keys';
import { AppointmentExport } from './appointment-export';

export function KeysAndExports() {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <AppointmentExport />
      <ApiKeys />
    </div>
  );
}
