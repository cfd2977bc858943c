import { SignInForm } from '@/features/account/components/sign-in-form';

export function SignInRoute() {
  return (
    <>
      <title>Sign in — Storefront</title>
      <SignInForm />
    </>
  );
}
