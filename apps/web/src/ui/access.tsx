import type { ReactNode } from 'react';
import { Link } from 'wouter';

/** Not signed in: why, and a way to sign in that comes back to this very page. */
export function SignInNeeded({ title, text, signIn }: { title: string; text: string; signIn: string }) {
  const here = window.location.pathname + window.location.search;
  return (
    <section className="narrow">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link href={`/login?next=${encodeURIComponent(here)}`} className="button">
          {signIn}
        </Link>
      </p>
    </section>
  );
}

/** Signed in but not allowed here: said in words (an alert, so a screen reader hears it), with any ways on. */
export function AccessRefused({ title, reason, children }: { title: string; reason: string; children?: ReactNode }) {
  return (
    <section className="narrow">
      <h1>{title}</h1>
      <p className="warning" role="alert">
        {reason}
      </p>
      {children}
    </section>
  );
}
