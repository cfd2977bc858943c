package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/** 1. The catalog's first page: {@code products(first: 20)} with what a product card shows. */
public class CatalogPageSimulation extends StorefrontSimulation {

    {
        run(
                "catalog page",
                false,
                List.of(() -> Bench.catalogPageBody(null)),
                exec(graphql(
                        "catalog page",
                        () -> Bench.catalogPageBody(null),
                        jsonPath("$.data.products.nodes[19].slug").exists())));
    }
}
