package dev.storefront.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills an empty catalog with the demo catalog at startup, when
 * {@code storefront.demo-catalog.enabled} is true (the embedded default; never on by default
 * in production). A catalog that already has products or categories is left untouched.
 * The switch is read when it runs, not as a condition on the bean: with Spring's AOT processing
 * (which {@code ./run} uses) the beans are fixed when the jar is built, with the embedded
 * default's properties, and a condition would load the demo catalog under any profile.
 */
@Component
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

    private final DemoCatalogProperties properties;

    private final ProductRepository products;

    private final CategoryRepository categories;

    private final CategoryCache categoryCache;

    private final JsonMapper json;

    DemoCatalog(
            DemoCatalogProperties properties,
            ProductRepository products,
            CategoryRepository categories,
            CategoryCache categoryCache,
            JsonMapper json) {
        this.properties = properties;
        this.products = products;
        this.categories = categories;
        this.categoryCache = categoryCache;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!this.properties.enabled()) {
            return;
        }
        if (this.products.count() > 0 || this.categories.count() > 0) {
            log.info("Catalog is not empty; the demo catalog is not loaded");
            return;
        }
        Resource resource = this.properties.location();
        DemoCatalogFile file;
        try (InputStream in = resource.getInputStream()) {
            file = this.json.readValue(in, DemoCatalogFile.class);
        }
        Map<String, Category> bySlug = new HashMap<>();
        for (DemoCategory category : file.categories()) {
            bySlug.put(
                    category.slug(),
                    this.categories.save(new Category(category.slug(), category.name(), category.description())));
        }
        this.categoryCache.forget();
        Instant now = Instant.now();
        for (DemoProduct entry : file.products()) {
            Product product = new Product(
                    entry.slug(),
                    entry.title(),
                    entry.description(),
                    entry.price(),
                    (entry.category() != null) ? bySlug.get(entry.category()) : null,
                    entry.stock(),
                    now.minus(Duration.ofDays(entry.addedDaysAgo())));
            product.setTags(new LinkedHashSet<>(entry.tags()));
            product.setFeatured(entry.featured());
            product.setActive(entry.active());
            product.setImageUrl(entry.image());
            this.products.save(product);
        }
        log.info(
                "Loaded the demo catalog from {}: {} categories, {} products",
                resource.getDescription(),
                file.categories().size(),
                file.products().size());
    }

    record DemoCatalogFile(List<DemoCategory> categories, List<DemoProduct> products) {}

    record DemoCategory(String slug, String name, @Nullable String description) {

        DemoCategory {
            // Said here, with the category's name, rather than as the database's "value too long".
            if (description != null && description.length() > Category.MAX_DESCRIPTION) {
                throw new IllegalArgumentException("The description of the demo category " + slug + " is longer than "
                        + Category.MAX_DESCRIPTION + " characters");
            }
        }
    }

    record DemoProduct(
            String slug,
            String title,
            String description,
            BigDecimal price,
            @Nullable String category,
            List<String> tags,
            int stock,
            boolean featured,
            boolean active,
            int addedDaysAgo,
            @Nullable String image) {}
}
