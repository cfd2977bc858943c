import { SignInForm } from '@/features/account/components/sign-in-form';
import { SignedInRedirect } from '@/features/account/components/signed-in-redirect';
import { useCartAfterSignIn } from '@/features/cart/hooks/cart-merge-notice';

export function SignInRoute() {
  // Signing in merges the anonymous cart into the customer's: the cart follows.
  const cartAfterSignIn = useCartAfterSignIn();
  return (
    <SignedInRedirect>
      <title>Sign in — Storefront</title>
      <SignInForm onSignedIn={cartAfterSignIn} />
    </SignedInRedirect>
  );
}
