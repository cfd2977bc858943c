package dev.storefront.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.storefront.catalog.Catalog;
import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductIndex;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.BadRequestException;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.storefront.search.SearchViews.SearchResults;
import static dev.storefront.search.SearchViews.Suggestion;

/** "Did you mean" for a search that found little, and type-ahead for what is being typed. */
@Service
@Transactional(readOnly = true)
class Suggestions {

    static final int MAX_SUGGESTIONS = 20;

    private static final int MAX_CATEGORY_SUGGESTIONS = 2;

    private final SearchQueries queries;

    private final Catalog catalog;

    private final SearchProperties properties;

    private final SuggestedProducts suggested;

    Suggestions(SearchQueries queries, Catalog catalog, SearchProperties properties, SuggestedProducts suggested) {
        this.queries = queries;
        this.catalog = catalog;
        this.properties = properties;
        this.suggested = suggested;
    }

    /**
     * A corrected query, for a search that found fewer than
     * {@code storefront.search.did-you-mean-below} results and had words the index doesn't know
     * (a search that found its results with the words as typed, exactly or the last as a prefix,
     * gets none). Each unknown word is replaced by the nearest word of at least three letters (one
     * edit away for words of up to four letters, else two) among the products a looser search
     * finds, the more common one among equals; known words stay. The correction is offered only
     * when it finds more results as typed, without forgiving a typo. The looser search sees what
     * the search saw, so inactive products lend their words only to an admin's search.
     */
    @Nullable
    String didYouMean(SearchResults results) {
        SearchText text = results.text();
        if (results.total() >= this.properties.didYouMeanBelow() || !text.isForgiving()) {
            return null;
        }
        ProductFilter filter = results.filter();
        SearchScope<Object> scope = this.queries.scope();
        SearchPredicateFactory f = scope.predicate();
        var loose = f.bool();
        for (String word : text.unknown()) {
            loose.should(f.match()
                    .field(ProductIndex.TITLE)
                    .field(ProductIndex.CATEGORY_NAME)
                    .field(ProductIndex.TAGS)
                    .matching(word)
                    .fuzzy(Vocabulary.maxEdits(word)));
        }
        var where = f.bool().must(loose);
        if (!filter.includesInactive()) {
            where.filter(SearchQueries.onSale(f));
        }
        List<Long> ids = this.queries
                .session()
                .search(scope)
                .select((p) -> p.id(Long.class))
                .where(where.toPredicate())
                .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetchHits(20);
        Map<Long, ProductView> found = SearchQueries.visible(this.catalog.productsInAnyState(ids), filter);
        if (found.isEmpty()) {
            return null;
        }
        Vocabulary vocabulary =
                Vocabulary.of(found.values(), this.catalog.tagsOf(found.keySet()), this.catalog.categories());
        String corrected = String.join(
                " ",
                text.words().stream()
                        .map((word) -> text.unknown().contains(word) ? vocabulary.nearest(word) : word)
                        .toList());
        if (corrected.equals(text.text())) {
            return null;
        }
        long correctedTotal = this.queries
                .session()
                .search(scope)
                .where(this.queries.predicate(f, filter, this.queries.text(corrected), null))
                .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetchTotalHitCount();
        return (correctedTotal > results.total()) ? corrected : null;
    }

    /**
     * Type-ahead over titles and category names; only products on sale, whoever asks. The words
     * are matched as the starts of title words first; only when that finds no product is a typo
     * forgiven in words of five letters or more (as search forgives typos only in words the index
     * doesn't know): most keystrokes are the start of a real word, and the fuzzy match over every
     * start of every title word is what a type-ahead request cost most. The index query needs no
     * transaction, and the products suggested are mostly kept ({@link SuggestedProducts}): a
     * transaction is begun only when some must be read from the database.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    List<Suggestion> suggest(String prefix, int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new BadRequestException("limit must be between 1 and " + MAX_SUGGESTIONS);
        }
        SearchText typed = this.queries.text(prefix);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        this.catalog.categories().stream()
                .filter((category) -> Vocabulary.startsEveryWord(category.name(), typed.words()))
                .limit(Math.min(MAX_CATEGORY_SUGGESTIONS, limit))
                .forEach((category) -> suggestions.add(new Suggestion(category.name(), null, category)));
        int wanted = limit - suggestions.size();
        List<Long> ids = (wanted == 0) ? List.of() : titlesStarting(typed, false, wanted);
        if (wanted > 0 && ids.isEmpty() && typed.words().stream().anyMatch(Suggestions::forgivable)) {
            ids = titlesStarting(typed, true, wanted);
        }
        this.suggested
                .onSale(ids)
                .forEach((product) -> suggestions.add(new Suggestion(product.title(), product, null)));
        return suggestions;
    }

    private static boolean forgivable(String word) {
        return word.length() >= SearchQueries.FUZZY_FROM_LENGTH;
    }

    /** The most relevant products on sale whose title has a word starting with each word typed. */
    private List<Long> titlesStarting(SearchText typed, boolean forgivingTypos, int limit) {
        SearchScope<Object> scope = this.queries.scope();
        SearchPredicateFactory f = scope.predicate();
        var all = f.bool().filter(SearchQueries.onSale(f));
        for (String word : typed.words()) {
            var one = f.bool()
                    .should(f.match()
                            .field(ProductIndex.TITLE_PREFIX)
                            .matching(word)
                            .boost(2));
            if (forgivingTypos && forgivable(word)) {
                one.should(f.match()
                        .field(ProductIndex.TITLE_PREFIX)
                        .matching(word)
                        .fuzzy(1));
            }
            all.must(one);
        }
        return this.queries
                .session()
                .search(scope)
                .select((p) -> p.id(Long.class))
                .where(all.toPredicate())
                .sort(SearchQueries.relevance(scope.sort()))
                // Nobody reads how many titles start so: Lucene may skip what can't make the top.
                .totalHitCountThreshold(limit)
                .failAfter(this.queries.timeLeftMillis(), TimeUnit.MILLISECONDS)
                .fetchHits(limit);
    }
}
