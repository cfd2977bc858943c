import type { FormErrors } from '@/lib/user-errors';

/** The server's minimum; checked here too so an obvious mistake needs no round trip. */
export const MIN_PASSWORD_LENGTH = 10;

export type SignInField = 'email' | 'password';
export type SignUpField = 'name' | 'email' | 'password';

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
}

function emailProblem(email: string): string | undefined {
  if (!email.trim()) return 'Enter your email.';
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return 'Enter an email like ada@example.com.';
  return undefined;
}

/** The obvious problems of a sign-in form; the server decides the rest. */
export function checkSignIn(values: { email: string; password: string }): FormErrors<SignInField> {
  const fields: FormErrors<SignInField>['fields'] = {};
  const email = emailProblem(values.email);
  if (email) fields.email = email;
  if (!values.password) fields.password = 'Enter your password.';
  return { fields, general: [] };
}

/** The obvious problems of a sign-up form; the server decides the rest. */
export function checkSignUp(values: SignUpValues): FormErrors<SignUpField> {
  const fields: FormErrors<SignUpField>['fields'] = {};
  if (!values.name.trim()) fields.name = 'Enter your name.';
  const email = emailProblem(values.email);
  if (email) fields.email = email;
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    fields.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return { fields, general: [] };
}
