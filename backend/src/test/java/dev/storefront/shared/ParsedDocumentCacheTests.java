package dev.storefront.shared;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each valid query document is parsed once; invalid and huge ones every time; the cache is bounded. */
class ParsedDocumentCacheTests {

	final ParsedDocumentCache cache = new ParsedDocumentCache();

	final AtomicInteger parsed = new AtomicInteger();

	final Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
	};

	final Function<ExecutionInput, PreparsedDocumentEntry> refuse = (input) -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
	};

	@Test
	void aDocumentIsParsedOnceWhateverItsVariables() {
		String query = "query P($first: Int) { products(first: $first) { nodes { title } } }";
		PreparsedDocumentEntry first = document(query, this.parse);
		PreparsedDocumentEntry again = document(query, this.parse);
		assertThat(this.parsed).hasValue(1);
		assertThat(again.getDocument()).isSameAs(first.getDocument());
		document("{ categories { slug } }", this.parse);
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void invalidDocumentsAreNotKept() {
		document("{ nosuchfield }", this.refuse);
		document("{ nosuchfield }", this.refuse);
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void largeDocumentsAreNotKept() {
		String large = "{ categories { slug " + "name ".repeat(ParsedDocumentCache.MAX_CACHED_LENGTH / 5) + "} }";
		document(large, this.parse);
		document(large, this.parse);
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void theCacheStaysBounded() {
		for (int i = 0; i <= ParsedDocumentCache.MAX_ENTRIES + 10; i++) {
			document("{ categories { slug alias" + i + ": name } }", this.parse);
		}
		assertThat(this.cache.size()).isPositive().isLessThanOrEqualTo(ParsedDocumentCache.MAX_ENTRIES);
	}

	private PreparsedDocumentEntry document(String query, Function<ExecutionInput, PreparsedDocumentEntry> parse) {
		return this.cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
	}

}
