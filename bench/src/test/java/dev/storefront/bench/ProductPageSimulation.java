package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/** 3. A product page: {@code product(slug:)} over random slugs from across the catalog. */
public class ProductPageSimulation extends StorefrontSimulation {

    {
        run(
                "product page",
                false,
                List.of(Bench::productPageBody),
                exec(graphql(
                        "product page",
                        Bench::productPageBody,
                        jsonPath("$.data.product.id").exists())));
    }
}
