/** The provider's e-mail as a link, for every place that says a change is no longer possible online. */
export function ContactLink({ email, name }: { email: string | null | undefined; name: string }) {
  if (!email) return <>{name} directly</>;
  return (
    <>
      {name} at{' '}
      <a className="font-medium text-brand-700 underline hover:text-brand-900" href={`mailto:${email}`}>
        {email}
      </a>
    </>
  );
}
