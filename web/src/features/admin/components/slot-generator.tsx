import { useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql, readFragment, type FragmentType } from '../../../gql';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { fieldErrors, oneOf, problemsOf, useFieldErrors } from '../../../lib/field-errors';
import { dateInputInDays } from '../../../lib/format';
import { DateOverrideEditor } from './date-override-editor';

const AvailabilityFragment = graphql(`
  fragment SlotGenerator_availability on Availability {
    ...DateOverrideEditor_availability
  }
`);

const PreviewQuery = graphql(`
  query PreviewGeneration($from: String!, $to: String!) {
    previewSlotGeneration(input: { from: $from, to: $to }) {
      wouldCreate
      alreadyThere
      inThePast
    }
  }
`);

const GenerateMutation = graphql(`
  mutation Generate($from: String!, $to: String!) {
    generateSlots(input: { from: $from, to: $to }) {
      __typename
      ... on GenerateSlotsSuccess {
        created
        skipped
      }
      ... on ValidationError {
        fields {
          path
          message
        }
      }
    }
  }
`);

const isPeriodField = oneOf(['from', 'to'] as const);

/** Bulk slot generation with a dry run first; days off and special hours below it. */
export function SlotGenerator(props: { availability: FragmentType<typeof AvailabilityFragment> }) {
  const availability = readFragment(AvailabilityFragment, props.availability);
  const client = useClient();
  const { error, edited, setErrors } = useFieldErrors<'from' | 'to'>();
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState(() => dateInputInDays(0));
  const [to, setTo] = useState(() => dateInputInDays(27));
  const [preview, setPreview] = useState<{ wouldCreate: number; alreadyThere: number; inThePast: number } | null>(null);
  const [generating, generate] = useMutation(GenerateMutation);

  const runPreview = async () => {
    setStatus('');
    const result = await client.query(PreviewQuery, { from, to }).toPromise();
    const problems = problemsOf(result.error);
    if (result.data) setPreview(result.data.previewSlotGeneration);
    else setErrors(problems ? fieldErrors(problems, isPeriodField) : { form: result.error?.graphQLErrors[0]?.message ?? 'The preview failed; try again.' });
  };
  const runGenerate = async () => {
    const result = await generate({ from, to });
    const answer = result.data?.generateSlots;
    if (answer?.__typename === 'GenerateSlotsSuccess') {
      setStatus(`${answer.created} slots created, ${answer.skipped} skipped.`);
      setPreview(null);
    } else setErrors(answer?.__typename === 'ValidationError' ? fieldErrors(answer.fields, isPeriodField) : { form: 'Generation failed; try again.' });
  };
  return (
    <section aria-labelledby="generate-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="generate-heading" className="font-semibold">
        Open slots
      </h2>
      <p className="mt-1 text-sm text-slate-600">Creates bookable slots from your hours; existing and overlapping ones are skipped.</p>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <Field label="From" error={error('from')}>
          <Input
            type="date"
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
              setPreview(null);
              edited('from');
            }}
          />
        </Field>
        <Field label="To" error={error('to')}>
          <Input
            type="date"
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
              setPreview(null);
              edited('to');
            }}
          />
        </Field>
      </div>
      {error('form') ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error('form')}
        </p>
      ) : null}
      <Button variant="secondary" className="mt-2" onClick={() => void runPreview()}>
        Preview
      </Button>
      {preview ? (
        <div role="status" className="mt-3 rounded-xl bg-brand-50 px-4 py-3 text-sm ring-1 ring-brand-100">
          <p>
            <strong>{preview.wouldCreate}</strong> new slots; {preview.alreadyThere} already there; {preview.inThePast} in the past.
          </p>
          <Button className="mt-2" busy={generating.fetching} disabled={preview.wouldCreate === 0} onClick={() => void runGenerate()}>
            Create {preview.wouldCreate} slots
          </Button>
        </div>
      ) : null}
      <p role="status" className="mt-2 min-h-5 text-sm text-slate-700">
        {status}
      </p>
      <DateOverrideEditor availability={availability} />
    </section>
  );
}
