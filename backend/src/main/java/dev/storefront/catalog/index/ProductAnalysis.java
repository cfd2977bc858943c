package dev.storefront.catalog.index;

import dev.storefront.catalog.ProductIndex;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The Lucene analyzers of the product index (named in {@link ProductIndex}). Referenced by
 * {@code hibernate.search.backend.analysis.configurer}.
 */
public class ProductAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ProductIndex.TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("stop")
                .tokenFilter("porterStem");
        context.analyzer(ProductIndex.PREFIX)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram")
                .param("minGramSize", "1")
                .param("maxGramSize", "20");
        context.analyzer(ProductIndex.PREFIX_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer(ProductIndex.SORT).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }
}
