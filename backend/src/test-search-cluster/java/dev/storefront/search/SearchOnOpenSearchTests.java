package dev.storefront.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import dev.storefront.TestDatabase;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search behaviour again, with the {@code search-cluster} profile against a real OpenSearch
 * node started inside this JVM. Run with {@code -Psearch-cluster} on a JDK 21+.
 */
@Tag("search-cluster")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles({"test", "search-cluster"})
@Import(TestDatabase.class)
class SearchOnOpenSearchTests extends SearchBehaviour {

    private static final int BASE_HTTP_PORT = 9200;

    private static OpenSearchRunner cluster;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws IOException {
        if (cluster == null) {
            cluster = new OpenSearchRunner();
            cluster.onBuild((index, settings) -> settings.put("discovery.type", "single-node"))
                    .build(OpenSearchRunner.newConfigs()
                            .numOfNode(1)
                            .disableESLogger()
                            .clusterName("storefront-search-test")
                            .baseHttpPort(BASE_HTTP_PORT)
                            .basePath(Files.createTempDirectory("opensearch").toString()));
            cluster.ensureYellow();
        }
        registry.add("storefront.search.cluster.uris", () -> "http://localhost:" + (BASE_HTTP_PORT + 1));
        registry.add("spring.jpa.properties.hibernate.search.schema_management.strategy", () -> "drop-and-create");
    }

    /** The products go off sale while the cluster still runs; then the cluster stops. */
    @Override
    @AfterAll
    void takeProductsOffSale() {
        super.takeProductsOffSale();
        try {
            cluster.close();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        cluster.clean();
    }
}
