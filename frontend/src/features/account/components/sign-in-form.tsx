import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormField } from '@/components/form-field';
import { graphql } from '@/graphql/generated';
import type { LoginInput } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { useFocusFirstError } from '@/lib/use-focus-first-error';
import { type FormErrors, hasFormErrors, noFormErrors, toFormErrors } from '@/lib/user-errors';
import { type SignedInOutcome, useNextPath, useOnSignedIn } from '../hooks/use-signed-in';
import { checkSignIn, type SignInField } from '../utils/checks';
import { accountPagePath } from '../utils/next-path';
import styles from './account-form.module.css';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      customer {
        id
        email
        name
        roles
      }
      userErrors {
        code
        field
        message
      }
      cartMerge {
        mergedLines
        adjustments {
          code
          field
          message
        }
      }
    }
  }
`);

const FIELDS: readonly SignInField[] = ['email', 'password'];

export interface SignInFormProps {
  /** Called after signing in, with what the server did to the session's cart. */
  onSignedIn?: (outcome: SignedInOutcome) => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps = {}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<SignInField>>(noFormErrors);
  const form = useRef<HTMLFormElement>(null);
  const next = useNextPath();
  const finishSignIn = useOnSignedIn();
  const login = useMutation({ mutationFn: (input: LoginInput) => execute(LoginDocument, { input }) });
  useFocusFirstError(form, errors);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkSignIn({ email, password });
    setErrors(problems);
    if (hasFormErrors(problems)) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ login: payload }) => {
          if (payload.customer && payload.userErrors.length === 0) {
            onSignedIn?.(payload);
            finishSignIn(payload.customer);
          } else {
            setErrors(toFormErrors(payload.userErrors, FIELDS));
          }
        },
      },
    );
  }

  return (
    <div className={styles.page}>
      <section className={styles.card} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in</h1>
        <FormAlert messages={errors.general} error={login.error} />
        <form ref={form} className={styles.form} onSubmit={submit} noValidate>
          <FormField label="Email" error={errors.fields.email}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            )}
          </FormField>
          <FormField label="Password" error={errors.fields.password}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </FormField>
          <Button type="submit" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
        <p className={styles.switch}>
          New here? <Link to={accountPagePath('/sign-up', next)}>Create an account</Link>
        </p>
      </section>
    </div>
  );
}
