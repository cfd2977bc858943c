package dev.storefront.bench;

import java.util.List;

/**
 * 6. Add to cart: every virtual user is a shopper with its own cookies (and so its own session and
 * cart): it opens the shop (for the XSRF-TOKEN cookie), then adds 10 random in-stock products, one
 * request each, and starts over as a new shopper. The first add creates the session and the cart.
 */
public class AddToCartSimulation extends StorefrontSimulation {

    {
        run(
                "add to cart",
                true,
                List.of(Bench::addToCartBody),
                newShopper().repeat(Bench.MAX_ADDS).on(addToCart()));
    }
}
