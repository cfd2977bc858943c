package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/**
 * 7. A shopper's journey, over and over, each time as a new shopper: the shop, the catalog's first
 * two pages, typing a search (three type-ahead requests), the search, two product pages, add to
 * cart, and the cart. 11 requests; no think time.
 */
public class ShopperJourneySimulation extends StorefrontSimulation {

    {
        run(
                "shopper journey",
                true,
                List.of(
                        () -> Bench.catalogPageBody(null),
                        Bench::suggestBody,
                        Bench::searchBody,
                        Bench::productPageBody,
                        Bench::addToCartBody,
                        Bench::cartBody),
                newShopper()
                        .exec(asShopper(graphql(
                                "catalog page",
                                () -> Bench.catalogPageBody(null),
                                jsonPath("$.data.products.pageInfo.endCursor").saveAs("next"))))
                        .exec(asShopper(graphql(
                                "catalog page 2",
                                (session) -> Bench.catalogPageBody(session.getString("next")),
                                jsonPath("$.data.products.nodes[0].slug").exists())))
                        .repeat(3)
                        .on(exec(asShopper(graphql("suggest", Bench::suggestBody))))
                        .exec(asShopper(graphql("search", Bench::searchBody)))
                        .repeat(2)
                        .on(exec(asShopper(graphql(
                                "product page",
                                Bench::productPageBody,
                                jsonPath("$.data.product.id").exists()))))
                        .exec(addToCart())
                        .exec(asShopper(graphql(
                                "cart",
                                Bench::cartBody,
                                jsonPath("$.data.cart.lines[0].id").exists()))));
    }
}
