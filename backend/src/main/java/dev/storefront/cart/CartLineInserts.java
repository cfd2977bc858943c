package dev.storefront.cart;

/** Writes a new cart line at once, for {@link CartRepository}. */
interface CartLineInserts {

    /**
     * Inserts the line now: its id comes from an identity column, so the insert is what gives it
     * one, without flushing the rest of the cart before the commit does.
     */
    void insertNow(CartLine line);
}
