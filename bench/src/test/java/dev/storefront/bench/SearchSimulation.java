package dev.storefront.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;

import java.util.List;

/** 4. Search: {@code search(query:)} over common words and a few misspellings, with facets and did-you-mean. */
public class SearchSimulation extends StorefrontSimulation {

	{
		run("search", false, List.of(Bench::searchBody),
				exec(graphql("search", Bench::searchBody, jsonPath("$.data.search.facets.inStock").exists())));
	}

}
