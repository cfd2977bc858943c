import { SignUpForm } from '@/features/account/components/sign-up-form';

export function SignUpRoute() {
  return (
    <>
      <title>Create an account — Storefront</title>
      <SignUpForm />
    </>
  );
}
