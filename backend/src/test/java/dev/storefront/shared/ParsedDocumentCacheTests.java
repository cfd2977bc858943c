package dev.storefront.shared;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each valid query document is parsed once; invalid and huge ones every time; the documents take
 * no more memory than their bound, and a flood of one-off documents doesn't push out those in use.
 */
class ParsedDocumentCacheTests {

    static final DataSize BOUND = DataSize.ofMegabytes(1);

    final ParsedDocumentCache cache = new ParsedDocumentCache(BOUND);

    final AtomicInteger parsed = new AtomicInteger();

    final Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
        this.parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    final Function<ExecutionInput, PreparsedDocumentEntry> refuse = (input) -> {
        this.parsed.incrementAndGet();
        return new PreparsedDocumentEntry(
                GraphqlErrorBuilder.newError().message("invalid").build());
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
        assertThat(this.cache.weight()).isZero();
    }

    @Test
    void largeDocumentsAreNotKept() {
        String large = "{ categories { slug " + "name ".repeat(ParsedDocumentCache.MAX_CACHED_LENGTH / 5) + "} }";
        document(large, this.parse);
        document(large, this.parse);
        assertThat(this.parsed).hasValue(2);
    }

    @Test
    void manyLargeDocumentsTakeNoMoreThanTheBound() {
        int documents = 500;
        String padding = " name".repeat((ParsedDocumentCache.MAX_CACHED_LENGTH - 100) / 5);
        assertThat((long) ParsedDocumentCache.bytesOf(padding) * documents)
                .as("what the documents would take without a bound")
                .isGreaterThan(20 * BOUND.toBytes());
        for (int i = 0; i < documents; i++) {
            document("{ categories { slug alias" + i + ": name" + padding + " } }", this.parse);
        }
        assertThat(this.cache.weight()).isPositive().isLessThanOrEqualTo(BOUND.toBytes());

        this.parsed.set(0);
        document("{ categories { slug } }", this.parse);
        document("{ categories { slug } }", this.parse);
        assertThat(this.parsed).as("a small document is still kept").hasValue(1);
    }

    @Test
    void aDocumentInUseOutlivesAFloodOfOneOffDocuments() {
        String inUse = "query P($first: Int) { products(first: $first) { nodes { title } } }";
        AtomicInteger inUseParsed = new AtomicInteger();
        Function<ExecutionInput, PreparsedDocumentEntry> parse = (input) -> {
            if (input.getQuery().equals(inUse)) {
                inUseParsed.incrementAndGet();
            }
            return this.parse.apply(input);
        };
        String padding = " name".repeat(200);
        for (int i = 0; i < 2_000; i++) {
            document("{ categories { slug alias" + i + ": name" + padding + " } }", parse);
            if (i % 50 == 0) {
                document(inUse, parse);
            }
        }
        assertThat(inUseParsed).hasValue(1);
    }

    private PreparsedDocumentEntry document(String query, Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        return this.cache
                .getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse)
                .join();
    }
}
