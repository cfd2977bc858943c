package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/**
 * 2. A page near the end of the catalog: the catalog page's query with an {@code after} cursor
 * taken, at startup, two pages back from the last page ({@code products(last: 20)}).
 */
public class DeepPageSimulation extends StorefrontSimulation {

    {
        String cursor = Bench.data().deepCursor();
        run(
                "deep page",
                false,
                List.of(() -> Bench.catalogPageBody(cursor)),
                exec(graphql(
                        "deep page",
                        () -> Bench.catalogPageBody(cursor),
                        jsonPath("$.data.products.nodes[19].slug").exists())));
    }
}
