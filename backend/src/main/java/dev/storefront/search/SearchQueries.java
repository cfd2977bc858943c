package dev.storefront.search;

import java.util.Map;
import java.util.stream.Collectors;

import dev.storefront.catalog.ProductFilter;
import dev.storefront.catalog.ProductIndex;
import dev.storefront.catalog.ProductSort;
import dev.storefront.catalog.ProductView;
import dev.storefront.shared.RequestDeadline;
import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the index queries share: the products a filter and a text match, weighted by field; the
 * sorts; which found products a caller may see; and each query's time limit, what is left of the
 * request's deadline.
 */
@Component
class SearchQueries {

    static final int FUZZY_FROM_LENGTH = 5;

    private final EntityManager entityManager;

    private final SearchProperties properties;

    private final RequestDeadline deadline;

    SearchQueries(EntityManager entityManager, SearchProperties properties, RequestDeadline deadline) {
        this.entityManager = entityManager;
        this.properties = properties;
        this.deadline = deadline;
    }

    SearchSession session() {
        return Search.session(this.entityManager);
    }

    SearchScope<Object> scope() {
        return session().scope(Object.class, ProductIndex.ENTITY);
    }

    SearchText text(String query) {
        return SearchText.of(query, this.properties.maxQueryLength());
    }

    /** The time an index query may take, for its {@code failAfter}: what is left of the request's. */
    long timeLeftMillis() {
        return Math.max(1, this.deadline.left().toMillis());
    }

    /** Every filter, and the text; the facet named is left out, for disjunctive counts. */
    SearchPredicate predicate(
            SearchPredicateFactory f, ProductFilter filter, SearchText text, @Nullable Facet without) {
        if (text.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        var all = f.bool().must(relevance(f, text));
        if (!filter.includesInactive()) {
            all.filter(onSale(f));
        }
        if (without != Facet.CATEGORY
                && filter.categorySlugs() != null
                && !filter.categorySlugs().isEmpty()) {
            all.filter(f.terms().field(ProductIndex.CATEGORY_SLUG).matchingAny(filter.categorySlugs()));
        }
        if (without != Facet.PRICE && (filter.minPrice() != null || filter.maxPrice() != null)) {
            all.filter(f.range()
                    .field(ProductIndex.PRICE)
                    .within(Range.between(
                            filter.minPrice(),
                            RangeBoundInclusion.INCLUDED,
                            filter.maxPrice(),
                            RangeBoundInclusion.INCLUDED)));
        }
        if (filter.featured() != null) {
            all.filter(f.match().field(ProductIndex.FEATURED).matching(filter.featured()));
        }
        if (without != Facet.IN_STOCK && filter.inStock() != null) {
            all.filter(f.match().field(ProductIndex.IN_STOCK).matching(filter.inStock()));
        }
        return all.toPredicate();
    }

    /**
     * Every word must match in some field, weighted by field; the last word may also be the start
     * of a word in the title, a tag or the category name, as in the type-ahead. A word the index
     * doesn't know may also be the start of a word, and from five letters on may have one typo
     * (also in a word's start, so an unfinished word with a typo finds what the type-ahead does);
     * a word as typed scores {@code boost.exact} times more. The words as a phrase in the title
     * score extra. Known words are never expanded by typos: that is what keeps a search cheap.
     */
    private SearchPredicate relevance(SearchPredicateFactory f, SearchText text) {
        SearchProperties.Boost boost = this.properties.boost();
        var all = f.bool();
        for (int i = 0; i < text.words().size(); i++) {
            String word = text.words().get(i);
            boolean unknown = text.unknown().contains(word);
            var one = f.bool().should(asTyped(f, word, text.isLast(i)));
            if (unknown) {
                one.should(startOfWord(f, word));
            }
            if (unknown && word.length() >= FUZZY_FROM_LENGTH) {
                one.should(weightedFields(f).matching(word).fuzzy(1));
                one.should(f.match()
                        .field(ProductIndex.TITLE_PREFIX)
                        .matching(word)
                        .fuzzy(1));
            }
            all.must(one);
        }
        if (text.words().size() > 1) {
            all.should(f.phrase()
                    .field(ProductIndex.TITLE)
                    .matching(text.text())
                    .slop(1)
                    .boost(boost.phrase()));
        }
        return all.toPredicate();
    }

    /** The word as typed: the word itself (stemmed) in any field, or, when last, the start of one. */
    PredicateFinalStep asTyped(SearchPredicateFactory f, String word, boolean last) {
        var exact =
                weightedFields(f).matching(word).boost(this.properties.boost().exact());
        return last ? f.bool().should(exact).should(startOfWord(f, word)) : exact;
    }

    /**
     * The start of a word of the title (its edge n-grams, as the type-ahead reads), a tag or the
     * category name; descriptions are long and would match almost any start.
     */
    private PredicateFinalStep startOfWord(SearchPredicateFactory f, String word) {
        SearchProperties.Boost boost = this.properties.boost();
        return f.bool()
                .should(f.match()
                        .field(ProductIndex.TITLE_PREFIX)
                        .matching(word)
                        .boost(boost.title()))
                .should(f.prefix()
                        .field(ProductIndex.CATEGORY_NAME)
                        .boost(boost.category())
                        .field(ProductIndex.TAGS)
                        .boost(boost.tags())
                        .matching(word));
    }

    /** The full-text fields, each with its configured weight. */
    private MatchPredicateFieldMoreStep<?, ?> weightedFields(SearchPredicateFactory f) {
        SearchProperties.Boost boost = this.properties.boost();
        return f.match()
                .field(ProductIndex.TITLE)
                .boost(boost.title())
                .field(ProductIndex.CATEGORY_NAME)
                .boost(boost.category())
                .field(ProductIndex.TAGS)
                .boost(boost.tags())
                .field(ProductIndex.DESCRIPTION)
                .boost(boost.description());
    }

    /** Products on sale: the shop never shows the others. */
    static PredicateFinalStep onSale(SearchPredicateFactory f) {
        return f.match().field(ProductIndex.ACTIVE).matching(true);
    }

    /**
     * The found products the filter lets the caller see, by the database's word: the index may lag
     * behind it (a product archived outside the API, or while indexing failed), and an inactive
     * product is shown only to an admin who asked for inactive products.
     */
    static Map<Long, ProductView> visible(Map<Long, ProductView> found, ProductFilter filter) {
        if (filter.includesInactive()) {
            return found;
        }
        return found.values().stream().filter(ProductView::active).collect(Collectors.toMap(ProductView::id, (p) -> p));
    }

    static SearchSort sort(SearchSortFactory f, ProductSort sort) {
        return switch (sort) {
            case RELEVANCE -> relevance(f);
            case NEWEST ->
                f.field(ProductIndex.CREATED_AT)
                        .desc()
                        .then()
                        .field(ProductIndex.ID_SORT)
                        .desc()
                        .toSort();
            case PRICE_ASC ->
                f.field(ProductIndex.PRICE)
                        .asc()
                        .then()
                        .field(ProductIndex.ID_SORT)
                        .asc()
                        .toSort();
            case PRICE_DESC ->
                f.field(ProductIndex.PRICE)
                        .desc()
                        .then()
                        .field(ProductIndex.ID_SORT)
                        .desc()
                        .toSort();
            case TITLE_ASC ->
                f.field(ProductIndex.TITLE_SORT)
                        .asc()
                        .then()
                        .field(ProductIndex.ID_SORT)
                        .asc()
                        .toSort();
        };
    }

    /** Best match first; among equals, in-stock products first; then by id, so pages are stable. */
    static SearchSort relevance(SearchSortFactory f) {
        return f.score()
                .then()
                .field(ProductIndex.IN_STOCK)
                .desc()
                .then()
                .field(ProductIndex.ID_SORT)
                .asc()
                .toSort();
    }
}
