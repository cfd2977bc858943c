package dev.storefront.catalog.index;

import dev.storefront.catalog.ProductIndex;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The product index's analyzers for an Elasticsearch or OpenSearch cluster: the same as
 * {@link ProductAnalysis} gives Lucene. Referenced by
 * {@code hibernate.search.backend.analysis.configurer} in the {@code search-cluster} profile.
 */
public class ProductElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(ProductIndex.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "storefront_stop", "porter_stem");
        context.tokenFilter("storefront_stop").type("stop").param("stopwords", "_english_");
        context.analyzer(ProductIndex.PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "storefront_edge_ngram");
        context.tokenFilter("storefront_edge_ngram")
                .type("edge_ngram")
                .param("min_gram", 1)
                .param("max_gram", 20);
        context.analyzer(ProductIndex.PREFIX_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.normalizer(ProductIndex.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
