import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { ErrorMessage } from '@/components/error-message';
import { FormAlert } from '@/components/form-alert';
import { FormField } from '@/components/form-field';
import { Price } from '@/components/price';
import { Spinner } from '@/components/spinner';
import { useFocusFirstError } from '@/lib/use-focus-first-error';
import { hasFormErrors } from '@/lib/user-errors';
import { CHECKOUT_QUERY_KEY, useCheckout } from '../hooks/use-checkout';
import { usePlaceOrder } from '../hooks/use-place-order';
import {
  checkCheckout,
  type CheckoutField,
  type CheckoutValues,
  emptyCheckout,
  toPlaceOrderInput,
} from '../utils/checkout-form';
import { countryOfLocale } from '../utils/countries';
import { cartChanged, type CheckoutProblems, noCheckoutProblems } from '../utils/place-order-outcome';
import { AddressFields } from './address-fields';
import { CheckoutSummary } from './checkout-summary';
import { StockShortages } from './stock-shortages';
import styles from './checkout-page.module.css';

function initialValues(): CheckoutValues {
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  return { ...emptyCheckout(), countryCode: countryOfLocale(locale) };
}

/**
 * The checkout: email (guests only), shipping address, payment method and the summary with
 * shipping, tax and total, then "Place order". Every refusal is explained where it belongs:
 * field problems under the fields, a changed total or short stock beside the summary, which
 * is read again so the shopper sees what an order would now be before confirming again.
 */
export function CheckoutPage() {
  const checkout = useCheckout();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const placeOrder = usePlaceOrder();
  const [values, setValues] = useState<CheckoutValues>(initialValues);
  const [paymentChoice, setPaymentChoice] = useState<string>();
  const [problems, setProblems] = useState<CheckoutProblems>(noCheckoutProblems);
  const form = useRef<HTMLFormElement>(null);
  const formId = useId();
  useFocusFirstError(form, problems.form);

  if (checkout.isPending) return <Spinner label="Loading the checkout" />;
  if (checkout.isError) {
    return (
      <ErrorMessage
        title="The checkout could not be loaded"
        error={checkout.error}
        onRetry={() => void checkout.refetch()}
      />
    );
  }

  const { cart, me, paymentMethods } = checkout.data;
  const guest = !me;
  const buyable = cart.lines.some((line) => line.buyableQuantity > 0);
  const paymentMethod = paymentChoice ?? paymentMethods[0]?.code;

  if (!buyable) {
    return (
      <div className={styles.page}>
        <h1 className={styles.heading}>Checkout</h1>
        <div className={styles.empty} role={problems.cartEmpty ? 'alert' : undefined}>
          <p>{problems.cartEmpty ?? 'Your cart holds nothing that can be ordered.'}</p>
          {problems.stock && <StockShortages shortages={problems.stock.shortages} />}
          <Link to="/">Back to the shop</Link>
        </div>
      </div>
    );
  }

  function change(field: CheckoutField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
  }

  async function showPlaced(number: string) {
    await navigate(`/orders/${encodeURIComponent(number)}`, { replace: true, state: { placed: true } });
    // The cart is empty now and stock went down: every page that shows them reads again.
    await queryClient.invalidateQueries();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (placeOrder.pending) return;
    const found = checkCheckout(values, { guest });
    if (hasFormErrors(found)) {
      setProblems({ form: found });
      return;
    }
    setProblems(noCheckoutProblems());
    placeOrder.place(
      toPlaceOrderInput(values, { guest, expectedTotal: cart.checkout.total.amount, paymentMethod }),
      (outcome) => {
        if ('placed' in outcome) {
          void showPlaced(outcome.placed);
          return;
        }
        setProblems(outcome.problems);
        if (cartChanged(outcome.problems))
          void queryClient.invalidateQueries({ queryKey: CHECKOUT_QUERY_KEY });
      },
    );
  }

  return (
    <div className={styles.page}>
      <h1 className={styles.heading}>Checkout</h1>
      <FormAlert messages={problems.form.general} error={placeOrder.error} />
      <div className={styles.layout}>
        <form
          ref={form}
          id={formId}
          className={styles.form}
          onSubmit={submit}
          noValidate
          aria-label="Checkout"
        >
          <fieldset className={styles.fieldset}>
            <legend className={styles.sectionTitle}>Contact</legend>
            {guest ? (
              <FormField
                label="Email"
                error={problems.form.fields.email}
                hint={
                  <>
                    The confirmation goes here. Have an account?{' '}
                    <Link to="/sign-in?next=/checkout">Sign in</Link>
                  </>
                }
              >
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
            ) : (
              <p className={styles.signedIn}>
                The confirmation goes to <strong>{me.email}</strong>, your account&apos;s email.
              </p>
            )}
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend className={styles.sectionTitle}>Shipping address</legend>
            <AddressFields values={values} errors={problems.form.fields} onChange={change} />
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend className={styles.sectionTitle}>Payment</legend>
            <div className={styles.methods}>
              {paymentMethods.map((method) => (
                <label key={method.code} className={styles.method}>
                  <input
                    type="radio"
                    name="paymentMethod"
                    value={method.code}
                    checked={method.code === paymentMethod}
                    onChange={() => setPaymentChoice(method.code)}
                  />
                  <span>
                    <strong>{method.name}</strong>
                    <span className={styles.hint}>{method.instructions}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </form>

        <CheckoutSummary cart={cart}>
          {problems.priceChanged && (
            <div role="alert" className={styles.notice}>
              <p>{problems.priceChanged}</p>
              <p>
                The total is now <Price price={cart.checkout.total} />. Check the summary and place the order
                again to confirm.
              </p>
            </div>
          )}
          {problems.stock && (
            <div role="alert" className={styles.notice}>
              <p>Some items ran short, and your cart was adjusted to what is left:</p>
              <StockShortages shortages={problems.stock.shortages} />
              <p>
                Check the summary and place the order again, or <Link to="/cart">review your cart</Link>.
              </p>
            </div>
          )}
          <Button type="submit" form={formId} className={styles.place} disabled={placeOrder.pending}>
            {placeOrder.pending ? 'Placing your order…' : 'Place order'}
          </Button>
        </CheckoutSummary>
      </div>
    </div>
  );
}
