import { SignUpForm } from '@/features/account/components/sign-up-form';
import { useCartAfterSignIn } from '@/features/cart/hooks/cart-merge-notice';

export function SignUpRoute() {
  // The new account takes over the anonymous cart: the cart follows.
  const cartAfterSignIn = useCartAfterSignIn();
  return (
    <>
      <title>Create an account — Storefront</title>
      <SignUpForm onSignedIn={cartAfterSignIn} />
    </>
  );
}
