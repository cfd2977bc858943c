package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/** 5. Type-ahead: {@code suggest(prefix:)} over every prefix of some searches, as they are typed. */
public class SuggestSimulation extends StorefrontSimulation {

    {
        run(
                "type-ahead",
                false,
                List.of(Bench::suggestBody),
                exec(graphql(
                        "suggest",
                        Bench::suggestBody,
                        jsonPath("$.data.suggest").exists())));
    }
}
