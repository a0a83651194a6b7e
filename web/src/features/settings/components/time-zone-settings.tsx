import { useMutation } from 'urql';
import { TimeZoneCombobox } from '../../../components/time-zone-combobox';
import { Field } from '../../../components/ui/field';
import { useToast } from '../../../components/ui/toast';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { browserTimeZone, timeZoneLabel } from '../../../lib/format';

const UserFragment = graphql(`
  fragment TimeZoneSettings_user on User {
    id
    timezone
  }
`);

const SaveMyTimeZoneMutation = graphql(`
  mutation SaveMyTimeZone($timezone: String!) {
    updateMyProfile(input: { timezone: $timezone }) {
      __typename
      ... on UpdateMyProfileSuccess {
        user {
          id
          timezone
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** The zone every page and e-mail shows this person's times in; saved as soon as it is chosen. */
export function TimeZoneSettings(props: { user: FragmentType<typeof UserFragment> }) {
  const user = readFragment(UserFragment, props.user);
  const toast = useToast();
  const [saving, save] = useMutation(SaveMyTimeZoneMutation);
  const device = browserTimeZone();
  const choose = async (zone: string) => {
    const outcome = (await save({ timezone: zone })).data?.updateMyProfile;
    if (outcome?.__typename === 'UpdateMyProfileSuccess') toast(`Times are now shown in ${timeZoneLabel(outcome.user.timezone)}.`, 'success');
    else toast(outcome && 'message' in outcome ? outcome.message : 'The time zone could not be saved; please try again.', 'error');
  };
  return (
    <section id="time-zone" aria-labelledby="time-zone-heading" className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h2 id="time-zone-heading" className="text-lg font-semibold">
        Time zone
      </h2>
      <p className="mt-1 text-sm text-slate-600">Your appointments, the booking calendar and your e-mails show times in this zone.</p>
      <Field
        className="mt-4 max-w-sm"
        label="Your time zone"
        hint={saving.fetching ? 'Saving…' : `Now ${timeZoneLabel(user.timezone)}. Type a city, a zone or an offset such as GMT+9.`}
      >
        <TimeZoneCombobox value={user.timezone} onChange={(zone) => void choose(zone)} />
      </Field>
      {device !== user.timezone ? (
        <button type="button" onClick={() => void choose(device)} className="mt-2 text-sm font-medium text-brand-700 underline hover:text-brand-900">
          Use this device's zone, {timeZoneLabel(device)}
        </button>
      ) : null}
    </section>
  );
}
