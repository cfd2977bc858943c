package dev.storefront.shared;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct query document once: the SPA and most integrators send
 * the same few documents with different variables, and parsing plus validation cost more CPU
 * than the rest of a catalog page. Only valid documents are kept, and only small ones, in a
 * bounded map that starts over when full, so a client sending endless distinct documents costs
 * memory of at most {@value #MAX_ENTRIES} x {@value #MAX_CACHED_LENGTH} characters.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	static final int MAX_ENTRIES = 500;

	static final int MAX_CACHED_LENGTH = 8_000;

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry cached = this.documents.get(query);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && query.length() <= MAX_CACHED_LENGTH) {
			if (this.documents.size() >= MAX_ENTRIES) {
				this.documents.clear();
			}
			this.documents.put(query, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return this.documents.size();
	}

}
