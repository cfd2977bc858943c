package dev.storefront.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.storefront.catalog.ProductFilter;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Component;

/**
 * Which words of a query the index doesn't know: asked only when the words as typed found
 * nothing, so that typos are forgiven only where there is one to forgive. A word is known when
 * some product the search may see holds it (the last word: or a word it starts); each word costs
 * one index lookup that stops at the first product.
 */
@Component
class KnownWords {

    private final SearchQueries queries;

    KnownWords(SearchQueries queries) {
        this.queries = queries;
    }

    /** The text with its unknown words marked, to be matched forgivingly; the same text when all are known. */
    SearchText forgiving(SearchText text, ProductFilter filter) {
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < text.words().size(); i++) {
            if (!knows(text.words().get(i), text.isLast(i), filter)) {
                unknown.add(text.words().get(i));
            }
        }
        return unknown.isEmpty() ? text : text.forgiving(unknown);
    }

    private boolean knows(String word, boolean last, ProductFilter filter) {
        SearchScope<Object> scope = this.queries.scope();
        SearchPredicateFactory f = scope.predicate();
        var where = f.bool().must(this.queries.asTyped(f, word, last));
        if (!filter.includesInactive()) {
            where.filter(SearchQueries.onSale(f));
        }
        return this.queries
                        .session()
                        .search(scope)
                        .select((p) -> p.id(Long.class))
                        .where(where.toPredicate())
                        .totalHitCountThreshold(1)
                        .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                        .fetchHits(1)
                        .size()
                > 0;
    }
}
