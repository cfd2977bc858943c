import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormAlert } from '@/components/form-alert';
import { FormField } from '@/components/form-field';
import { graphql } from '@/graphql/generated';
import type { RegisterInput } from '@/graphql/generated/graphql';
import { execute } from '@/lib/graphql-client';
import { useFocusFirstError } from '@/lib/use-focus-first-error';
import { type FormErrors, hasFormErrors, noFormErrors, toFormErrors } from '@/lib/user-errors';
import { type SignedInOutcome, useNextPath, useOnSignedIn } from '../hooks/use-signed-in';
import { checkSignUp, MIN_PASSWORD_LENGTH, type SignUpField, type SignUpValues } from '../utils/checks';
import { accountPagePath } from '../utils/next-path';
import styles from './account-form.module.css';

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
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

const FIELDS: readonly SignUpField[] = ['name', 'email', 'password'];

export interface SignUpFormProps {
  /** Called after the account was created and signed in, with what the server did to the session's cart. */
  onSignedIn?: (outcome: SignedInOutcome) => void;
}

export function SignUpForm({ onSignedIn }: SignUpFormProps = {}) {
  const [values, setValues] = useState<SignUpValues>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<FormErrors<SignUpField>>(noFormErrors);
  const form = useRef<HTMLFormElement>(null);
  const next = useNextPath();
  const finishSignIn = useOnSignedIn();
  const register = useMutation({
    mutationFn: (input: RegisterInput) => execute(RegisterDocument, { input }),
  });
  useFocusFirstError(form, errors);

  function change(field: SignUpField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkSignUp(values);
    setErrors(problems);
    if (hasFormErrors(problems)) return;
    register.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
      {
        onSuccess: ({ register: payload }) => {
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
      <section className={styles.card} aria-labelledby="sign-up-title">
        <h1 id="sign-up-title">Create an account</h1>
        <FormAlert messages={errors.general} error={register.error} />
        <form ref={form} className={styles.form} onSubmit={submit} noValidate>
          <FormField label="Name" error={errors.fields.name}>
            {(control) => (
              <input
                {...control}
                name="name"
                autoComplete="name"
                value={values.name}
                onChange={(event) => change('name', event.target.value)}
              />
            )}
          </FormField>
          <FormField label="Email" error={errors.fields.email}>
            {(control) => (
              <input
                {...control}
                name="email"
                type="email"
                autoComplete="email"
                value={values.email}
                onChange={(event) => change('email', event.target.value)}
              />
            )}
          </FormField>
          <FormField
            label="Password"
            error={errors.fields.password}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters, and not your email.`}
          >
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="new-password"
                value={values.password}
                onChange={(event) => change('password', event.target.value)}
              />
            )}
          </FormField>
          <Button type="submit" disabled={register.isPending}>
            {register.isPending ? 'Creating your account…' : 'Create account'}
          </Button>
        </form>
        <p className={styles.switch}>
          Have an account? <Link to={accountPagePath('/sign-in', next)}>Sign in</Link>
        </p>
      </section>
    </div>
  );
}
