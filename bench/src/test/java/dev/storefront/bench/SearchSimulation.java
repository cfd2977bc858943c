package dev.storefront.bench;

import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

/**
 * 4. Search: {@code search(query:)} with facets and did-you-mean, over a few hundred searches drawn
 * with Zipf popularity ({@link Bench#popularSearch}): common words and misspellings first, then
 * the catalog's nouns, materials, tags and two-word searches.
 */
public class SearchSimulation extends StorefrontSimulation {

    {
        run(
                "search",
                false,
                List.of(Bench::searchBody),
                exec(graphql(
                        "search",
                        Bench::searchBody,
                        jsonPath("$.data.search.facets.inStock").exists())));
    }
}
