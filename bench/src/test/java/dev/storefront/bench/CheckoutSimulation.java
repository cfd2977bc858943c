package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/**
 * 8. Checkout: every virtual user is a new guest shopper who adds two products with plenty in
 * stock (one item each) and places the order, then starts over. Placing locks the cart and the
 * products' rows, takes the stock, writes the order and empties the cart in one transaction, and
 * the stock change reaches the search index at commit. An order must be placed: a userError (a
 * shortage, a refused address) fails the run.
 */
public class CheckoutSimulation extends StorefrontSimulation {

    {
        run(
                "checkout",
                true,
                List.of(Bench::addStockedToCartBody, Bench::addStockedToCartBody, Bench::placeOrderBody),
                newShopper()
                        .repeat(2)
                        .on(exec(asShopper(graphql(
                                "addToCart",
                                Bench::addStockedToCartBody,
                                jsonPath("$.data.addToCart.userErrors[0]").notExists()))))
                        .exec(asShopper(graphql(
                                "placeOrder",
                                Bench::placeOrderBody,
                                jsonPath("$.data.placeOrder.userErrors[0]").notExists(),
                                jsonPath("$.data.placeOrder.order.number").exists()))));
    }
}
