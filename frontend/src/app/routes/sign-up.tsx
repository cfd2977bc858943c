import { SignUpForm } from '@/features/account/components/sign-up-form';
import { SignedInRedirect } from '@/features/account/components/signed-in-redirect';
import { useCartAfterSignIn } from '@/features/cart/hooks/cart-merge-notice';

export function SignUpRoute() {
  // The new account takes over the anonymous cart: the cart follows.
  const cartAfterSignIn = useCartAfterSignIn();
  return (
    <SignedInRedirect>
      <title>Create an account — Storefront</title>
      <SignUpForm onSignedIn={cartAfterSignIn} />
    </SignedInRedirect>
  );
}
