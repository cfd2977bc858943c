package dev.storefront.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every scenario shares: the settings (system properties), the GraphQL documents, the
 * request bodies, the test data fetched from the running app at startup, and the warm-up.
 */
final class Bench {

    // ---- settings: -DbaseUrl, -Dusers, -Dduration, -Dwarmup, -Dproducts, -DtotalCount --------

    static final String BASE_URL =
            System.getProperty("baseUrl", "http://127.0.0.1:8080").replaceAll("/+$", "");

    /** Where the app's actuator answers (its management port; bench/run.sh exposes /actuator/metrics there). */
    static final String MANAGEMENT_URL =
            System.getProperty("managementUrl", BASE_URL).replaceAll("/+$", "");

    static final int USERS = Integer.getInteger("users", 16);

    /** Measured seconds. */
    static final int DURATION = Integer.getInteger("duration", 60);

    /** Seconds of warm-up (same requests, same concurrency, not measured); 0 skips it. */
    static final int WARMUP = Integer.getInteger("warmup", 10);

    /** How many products (slugs and ids) to collect at startup for the product page and the cart. */
    static final int SAMPLE = Integer.getInteger("products", 2000);

    /** Whether the catalog page asks for totalCount, as the shop's catalog page does. */
    static final boolean TOTAL_COUNT = Boolean.parseBoolean(System.getProperty("totalCount", "true"));

    /** A file to keep the startup data in, so that consecutive runs against one catalog fetch it once. */
    static final String DATA_FILE = System.getProperty("dataFile", "");

    /**
     * A JDBC URL of the app's database server (e.g. {@code jdbc:mariadb://127.0.0.1:3306/?user=root}):
     * when given, the statements the server executed during the measured run are read from its
     * global status counters and reported per GraphQL request. Server-wide: other clients count too.
     */
    static final String DB_STATUS_URL = System.getProperty("dbStatusUrl", "");

    static final ObjectMapper JSON = new ObjectMapper();

    // ---- the GraphQL documents ----------------------------------------------------------------

    static final String PRODUCT_CARD = "id title slug price { amount currencyCode } imageUrl category { name } inStock";

    static final String CATALOG_PAGE = "query CatalogPage($after: String) { products(first: 20, after: $after) { "
            + (TOTAL_COUNT ? "totalCount " : "") + "pageInfo { hasNextPage endCursor } nodes { " + PRODUCT_CARD
            + " } } }";

    static final String PRODUCT_PAGE = "query ProductPage($slug: String!) { product(slug: $slug) { id title slug"
            + " description price { amount currencyCode } imageUrl stock inStock featured tags createdAt"
            + " category { slug name } } }";

    static final String SEARCH = "query Search($query: String!) { search(query: $query, first: 20) {"
            + " products { totalCount pageInfo { hasNextPage endCursor } nodes { " + PRODUCT_CARD + " } }"
            + " facets { categories { category { slug name } count } priceRanges { min max count } inStock }"
            + " didYouMean } }";

    static final String SUGGEST = "query Suggest($prefix: String!) { suggest(prefix: $prefix, limit: 8) {"
            + " text product { slug } category { slug } } }";

    static final String CART_FIELDS = "id totalQuantity subtotal { amount currencyCode } tax { amount currencyCode }"
            + " total { amount currencyCode } lines { id quantity unitPrice { amount currencyCode }"
            + " lineTotal { amount currencyCode } problem { code message } product { id slug title imageUrl inStock"
            + " stock price { amount currencyCode } } }";

    static final String ADD_TO_CART = "mutation AddToCart($productId: ID!, $quantity: PositiveInt!) {"
            + " addToCart(productId: $productId, quantity: $quantity) { cart { " + CART_FIELDS + " }"
            + " userErrors { code field message } } }";

    static final String CART = "query Cart { cart { " + CART_FIELDS + " } }";

    /** The SPA's checkout: the order as the confirmation page shows it, and the emptied cart. */
    static final String PLACE_ORDER = "mutation PlaceOrder($input: PlaceOrderInput!) { placeOrder(input: $input) {"
            + " order { number status total { amount currencyCode } lines { title quantity lineTotal { amount } } }"
            + " cart { id totalQuantity } shortages { productId available } userErrors { code field message } } }";

    /** Words shoppers type, and a few typos (one edit in a word of 5+ letters) the engine forgives: the most popular. */
    static final List<String> COMMON_SEARCHES = List.of(
            "lamp",
            "wireless headphones",
            "leather",
            "coffee",
            "yoga mat",
            "backpack",
            "walnut",
            "speaker",
            "notebook",
            "dog bed",
            "cast iron",
            "kids",
            "waterproof",
            "gift",
            "desk lamp",
            "bamboo",
            "garden",
            "wool",
            "keyboard",
            "tent",
            "ceramic mug",
            "usb-c hub",
            "running shoes",
            "candle",
            "sleeping bag",
            "board game",
            "chef's knife",
            "merino sweater",
            "cat tree",
            "fountain pen",
            // misspellings
            "hedphones",
            "keybaord",
            "lether",
            "bakpack",
            "waterprof",
            "notebok",
            "speakr",
            "walnutt");

    /**
     * The searches, most popular first: the common ones, then (shuffled with a fixed seed) the
     * generator's product nouns, materials and tags, an adjective or a brand with a noun, and a typo
     * (two middle letters swapped) of each noun: {@link #SEARCH_COUNT} distinct queries, hits and misses.
     */
    static final int SEARCH_COUNT = Integer.getInteger("searches", 400);

    static final List<String> SEARCH_TERMS = searchTerms();

    /** Cumulative Zipf weights (rank k weighs 1/k) over {@link #SEARCH_TERMS}, for drawing a search. */
    private static final double[] SEARCH_POPULARITY = zipf(SEARCH_TERMS.size());

    private static List<String> searchTerms() {
        java.util.LinkedHashSet<String> generated = new java.util.LinkedHashSet<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261201);
        for (CatalogGenerator.Words.CategoryWords category : CatalogGenerator.Words.CATEGORIES) {
            for (String noun : category.nouns()) {
                String word = noun.toLowerCase(java.util.Locale.ROOT);
                generated.add(word);
                generated.add(
                        CatalogGenerator.Words.ADJECTIVES[random.nextInt(CatalogGenerator.Words.ADJECTIVES.length)]
                                        .toLowerCase(java.util.Locale.ROOT)
                                + " " + word);
                generated.add(
                        CatalogGenerator.Words.BRANDS[random.nextInt(CatalogGenerator.Words.BRANDS.length)].toLowerCase(
                                        java.util.Locale.ROOT)
                                + " " + word);
                if (word.length() >= 5) {
                    int i = word.length() / 2;
                    generated.add(
                            word.substring(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.substring(i + 1));
                }
            }
            for (String material : category.materials()) {
                generated.add(material.toLowerCase(java.util.Locale.ROOT));
            }
            for (String tag : category.tags()) {
                generated.add(tag);
            }
        }
        List<String> shuffled = new ArrayList<>(generated);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        java.util.LinkedHashSet<String> terms = new java.util.LinkedHashSet<>(COMMON_SEARCHES);
        terms.addAll(shuffled);
        return List.copyOf(terms).subList(0, Math.min(terms.size(), SEARCH_COUNT));
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1.0 / k;
            cumulative[k - 1] = total;
        }
        return cumulative;
    }

    /** A search drawn by popularity: rank k with probability proportional to 1/k. */
    static String popularSearch() {
        double x = ThreadLocalRandom.current().nextDouble() * SEARCH_POPULARITY[SEARCH_POPULARITY.length - 1];
        int rank = java.util.Arrays.binarySearch(SEARCH_POPULARITY, x);
        return SEARCH_TERMS.get((rank >= 0) ? rank : Math.min(-rank - 1, SEARCH_TERMS.size() - 1));
    }

    /**
     * What a shopper has typed so far: the start (2+ letters) of a search drawn by popularity, so the
     * type-ahead sees a few thousand distinct prefixes, the popular ones often (as its cache would).
     */
    static String typedPrefix() {
        String search = popularSearch();
        int length = 2 + ThreadLocalRandom.current().nextInt(Math.max(1, search.length() - 1));
        return search.substring(0, Math.min(length, search.length())).stripTrailing();
    }

    // ---- request bodies ------------------------------------------------------------------------

    static String body(String query, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        return body.toString();
    }

    static String catalogPageBody(String after) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("after", after);
        return body(CATALOG_PAGE, variables);
    }

    static String productPageBody() {
        return body(PRODUCT_PAGE, Map.of("slug", random(data().slugs())));
    }

    static String searchBody() {
        return body(SEARCH, Map.of("query", popularSearch()));
    }

    static String suggestBody() {
        return body(SUGGEST, Map.of("prefix", typedPrefix()));
    }

    static String addToCartBody() {
        return body(ADD_TO_CART, Map.of("productId", random(data().productIds()), "quantity", 1));
    }

    /** A guest's order of what the cart holds, with a fresh idempotency key. */
    static String placeOrderBody() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", "Bench Shopper");
        address.put("line1", "1 Load Street");
        address.put("city", "Testville");
        address.put("postalCode", "12345");
        address.put("countryCode", "DE");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("email", "bench@storefront.test");
        input.put("shippingAddress", address);
        input.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        return body(PLACE_ORDER, Map.of("input", input));
    }

    /** addToCart of one item of a product with plenty in stock, for checkouts, which take stock. */
    static String addStockedToCartBody() {
        return body(ADD_TO_CART, Map.of("productId", random(data().stockedIds()), "quantity", 1));
    }

    static String cartBody() {
        return body(CART, Map.of());
    }

    static <T> T random(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }

    // ---- test data from the running app -------------------------------------------------------

    /** The most times one shopper adds to the cart before starting over as a new shopper. */
    static final int MAX_ADDS = 10;

    /** The least stock a product needs to be ordered by the checkout scenario: its orders take stock. */
    static final int CHECKOUT_STOCK = 50;

    /**
     * Slugs of products on sale, ids of products in stock, ids of products with plenty in stock (for
     * checkouts), and a cursor near the end of the catalog.
     */
    record Data(
            List<String> slugs, List<String> productIds, List<String> stockedIds, String deepCursor, long totalCount) {}

    private static volatile Data data;

    static synchronized Data data() {
        if (data == null) {
            data = loadCached();
        }
        return data;
    }

    private static Data loadCached() {
        java.nio.file.Path file = DATA_FILE.isEmpty() ? null : java.nio.file.Path.of(DATA_FILE);
        try {
            if (file != null && java.nio.file.Files.exists(file)) {
                JsonNode json = JSON.readTree(file.toFile());
                if (json.path("baseUrl").asText().equals(BASE_URL)) {
                    Data cached = JSON.treeToValue(json.path("data"), Data.class);
                    System.out.printf(
                            "Bench data from %s: %,d products on sale, %d slugs, %d ids with 10+ in stock (cached)%n",
                            file,
                            cached.totalCount(),
                            cached.slugs().size(),
                            cached.productIds().size());
                    return cached;
                }
            }
            Data loaded = load();
            if (file != null) {
                ObjectNode json = JSON.createObjectNode();
                json.put("baseUrl", BASE_URL);
                json.set("data", JSON.valueToTree(loaded));
                java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
                JSON.writeValue(file.toFile(), json);
            }
            return loaded;
        } catch (IOException ex) {
            throw new IllegalStateException("bench data file " + file + ": " + ex, ex);
        }
    }

    private static Data load() {
        long started = System.nanoTime();
        Client client = new Client(false);
        // The id range: ids seen at both ends of every sort.
        Map<String, JsonNode> seen = new LinkedHashMap<>();
        long totalCount = 0;
        for (String sort : List.of("NEWEST", "PRICE_ASC", "PRICE_DESC", "TITLE_ASC")) {
            for (String end : List.of("first", "last")) {
                JsonNode products = client.graphql("{ products(sort: " + sort + ", " + end + ": 100) { totalCount"
                                + " nodes { id slug inStock } } }")
                        .path("products");
                totalCount = products.path("totalCount").asLong();
                products.path("nodes")
                        .forEach((node) -> seen.put(node.path("id").asText(), node));
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalStateException(
                    "the catalog at " + BASE_URL + " is empty: generate one first (bench/run.sh)");
        }
        long maxId = seen.keySet().stream().mapToLong(Long::parseLong).max().orElse(1);
        // Random products across the whole catalog: 100 aliased lookups of random ids per request.
        Map<String, JsonNode> sample = new LinkedHashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int round = 0; round < 200 && sample.size() < SAMPLE; round++) {
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < 100; i++) {
                query.append(" p")
                        .append(i)
                        .append(": product(id: \"")
                        .append(1 + random.nextLong(maxId))
                        .append("\") { id slug stock }");
            }
            JsonNode found = client.graphql(query.append(" }").toString());
            for (Iterator<JsonNode> it = found.elements(); it.hasNext(); ) {
                JsonNode node = it.next();
                if (!node.isNull()) {
                    sample.put(node.path("id").asText(), node);
                }
            }
        }
        if (sample.size() < Math.min(SAMPLE, 100)) {
            sample.putAll(seen); // a small or sparse catalog: take what the pages showed
        }
        List<String> slugs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> stocked = new ArrayList<>();
        for (JsonNode node : sample.values()) {
            slugs.add(node.path("slug").asText());
            // A shopper adds 10 random products, now and then the same one twice: with fewer in stock
            // than that, the shop rightly answers INSUFFICIENT_STOCK, which would count as an error.
            if (node.path("stock").asInt() >= MAX_ADDS) {
                ids.add(node.path("id").asText());
            }
            // A checkout run of two minutes orders a few thousand items: spread over well-stocked
            // products, none sells out during the run (a sold-out product would be a refused order).
            if (node.path("stock").asInt() >= CHECKOUT_STOCK) {
                stocked.add(node.path("id").asText());
            }
        }
        // The deep page: two pages back from the end (newest first, the catalog page's sort), so the
        // page after this cursor is a full page of 20 near the end of the catalog.
        JsonNode last = client.graphql("{ products(last: 20) { pageInfo { startCursor } } }");
        String cursor =
                last.path("products").path("pageInfo").path("startCursor").asText(null);
        JsonNode before = client.graphql(body(
                "query($before: String) { products(last: 20, before: $before) {" + " pageInfo { startCursor } } }",
                mapOf("before", cursor)));
        String deep =
                before.path("products").path("pageInfo").path("startCursor").asText(cursor);
        System.out.printf(
                "Bench data from %s: %,d products on sale, %d slugs, %d ids with 10+ in stock, deep cursor %s (%d ms)%n",
                BASE_URL, totalCount, slugs.size(), ids.size(), deep, (System.nanoTime() - started) / 1_000_000);
        return new Data(List.copyOf(slugs), List.copyOf(ids), List.copyOf(stocked), deep, totalCount);
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        return map;
    }

    // ---- a plain HTTP client for the startup data and the warm-up ---------------------------------

    static final class Client {

        private final HttpClient http;

        private final CookieManager cookies = new CookieManager();

        Client(boolean withCookies) {
            HttpClient.Builder builder =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
            if (withCookies) {
                builder.cookieHandler(this.cookies);
            }
            this.http = builder.build();
        }

        /** Runs a query given as a document or as a whole JSON body; returns {@code data}, failing on errors. */
        JsonNode graphql(String queryOrBody) {
            String body = queryOrBody.startsWith("{\"") ? queryOrBody : body(queryOrBody, Map.of());
            JsonNode response = post(body);
            if (response.has("errors")) {
                throw new IllegalStateException("GraphQL errors from " + BASE_URL + ": " + response.get("errors"));
            }
            return response.path("data");
        }

        JsonNode post(String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + "/graphql"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            String xsrf = xsrf();
            if (xsrf != null) {
                request.header("X-XSRF-TOKEN", xsrf);
            }
            try {
                HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "HTTP " + response.statusCode() + " from " + BASE_URL + "/graphql: " + response.body());
                }
                return JSON.readTree(response.body());
            } catch (IOException ex) {
                throw new IllegalStateException("POST " + BASE_URL + "/graphql failed: " + ex, ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }

        /** A Micrometer meter's first value from /actuator/metrics, with tags as "name:value". */
        double metric(String name, String... tags) {
            String query = String.join(
                    "&",
                    java.util.Arrays.stream(tags).map((tag) -> "tag=" + tag).toList());
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(MANAGEMENT_URL + "/actuator/metrics/" + name + "?" + query))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            try {
                HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for metric " + name);
                }
                return JSON.readTree(response.body())
                        .path("measurements")
                        .path(0)
                        .path("value")
                        .asDouble();
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }

        /** A new shopper: forgets the cookies and opens the shop, which sets the XSRF-TOKEN cookie. */
        void newShopper() {
            this.cookies.getCookieStore().removeAll();
            HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/"))
                    .header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build();
            try {
                this.http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException ex) {
                throw new IllegalStateException("GET " + BASE_URL + "/ failed: " + ex, ex);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }

        private String xsrf() {
            for (HttpCookie cookie : this.cookies.getCookieStore().getCookies()) {
                if (cookie.getName().equals("XSRF-TOKEN")) {
                    return cookie.getValue();
                }
            }
            return null;
        }
    }

    // ---- warm-up ---------------------------------------------------------------------------------

    /**
     * Sends the scenario's requests at the scenario's concurrency for {@link #WARMUP} seconds before
     * Gatling starts measuring, so the JIT, the connection pool and the caches are warm. With
     * {@code shoppers}, each thread is a shopper with cookies who starts over every 10 requests.
     */
    static void warmUp(String scenario, boolean shoppers, List<Supplier<String>> bodies) {
        data();
        if (WARMUP <= 0) {
            return;
        }
        long end = System.nanoTime() + WARMUP * 1_000_000_000L;
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean reported = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < USERS; t++) {
            Thread thread = new Thread(
                    () -> {
                        Client client = new Client(shoppers);
                        int i = 0;
                        while (System.nanoTime() < end) {
                            try {
                                if (shoppers && i % 10 == 0) {
                                    client.newShopper();
                                }
                                JsonNode response = client.post(
                                        bodies.get(i % bodies.size()).get());
                                if (response.has("errors") && reported.compareAndSet(false, true)) {
                                    System.err.println("warm-up: GraphQL errors: " + response.get("errors"));
                                }
                                if (response.has("errors")) {
                                    errors.incrementAndGet();
                                }
                            } catch (RuntimeException ex) {
                                errors.incrementAndGet();
                                if (reported.compareAndSet(false, true)) {
                                    System.err.println("warm-up: " + ex.getMessage());
                                }
                            }
                            requests.incrementAndGet();
                            i++;
                        }
                    },
                    "warmup-" + t);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf(
                "Warm-up %s: %d s, %d users, %,d requests, %,d errors%n",
                scenario, WARMUP, USERS, requests.get(), errors.get());
    }

    // ---- SQL statements per request (from the database server's counters) ---------------------

    /** The GraphQL requests Gatling sent (counted as their bodies are made), for statements per request. */
    static final AtomicLong REQUESTS = new AtomicLong();

    private static final List<String> COUNTERS = List.of(
            "Com_select", "Com_insert", "Com_update", "Com_delete", "Com_replace", "Com_stmt_execute", "Questions");

    private static Map<String, Long> sqlAtStart;

    /** The app's process id (bench/run.sh passes it), for the CPU time it spends per request. */
    static final long APP_PID = Long.getLong("appPid", 0L);

    private static long appCpuAtStart;

    private static long loadToolCpuAtStart;

    private static long measuredSince;

    static void startCountingSql() {
        REQUESTS.set(0);
        sqlAtStart = DB_STATUS_URL.isEmpty() ? null : sqlCounters();
        appCpuAtStart = cpuTicks(APP_PID);
        cacheAtStart = cacheGets();
        loadToolCpuAtStart = cpuTicks(ProcessHandle.current().pid());
        measuredSince = System.nanoTime();
    }

    /**
     * Prints "App CPU per request: ..." (bench/run.sh reads it): the CPU time the app's process
     * used in the measured window over the requests sent in it. Unlike requests per second it
     * hardly depends on what else the machine does, so runs on a busy machine still compare.
     */
    static void reportCpu() {
        long app = cpuTicks(APP_PID);
        if (APP_PID == 0 || app < 0 || appCpuAtStart < 0) {
            return;
        }
        double seconds = (System.nanoTime() - measuredSince) / 1e9;
        double appSeconds = (app - appCpuAtStart) / (double) CLOCK_TICKS;
        double toolSeconds = (cpuTicks(ProcessHandle.current().pid()) - loadToolCpuAtStart) / (double) CLOCK_TICKS;
        System.out.printf(
                java.util.Locale.ROOT,
                "App CPU per request: %.2f ms (the app used %.2f cores, the load tool %.2f, over %.0f s and %,d requests)%n",
                appSeconds * 1000 / Math.max(REQUESTS.get(), 1),
                appSeconds / seconds,
                toolSeconds / seconds,
                seconds,
                REQUESTS.get());
    }

    /** The caches whose hit rates a run reports: the search's, and the API's answers to anonymous reads. */
    private static final List<String> CACHES = List.of("search", "graphql-responses");

    private static Map<String, double[]> cacheAtStart;

    /**
     * Prints "Search cache: ..." and "Response cache: ..." (bench/run.sh shows them): the share of
     * each cache's lookups that hit in the measured window, from the app's Micrometer meter
     * {@code cache.gets} (bench/run.sh exposes {@code /actuator/metrics}); nothing for a cache the
     * app doesn't have or didn't use.
     */
    static void reportCache() {
        Map<String, double[]> end = cacheGets();
        for (String cache : CACHES) {
            double[] before = cacheAtStart.get(cache);
            double[] after = end.get(cache);
            if (before == null || after == null) {
                continue;
            }
            double hits = after[0] - before[0];
            double misses = after[1] - before[1];
            if (hits + misses > 0) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "%s cache: %.1f%% hits (%,.0f hits, %,.0f misses)%n",
                        cache.equals("search") ? "Search" : "Response",
                        100 * hits / (hits + misses),
                        hits,
                        misses);
            }
        }
    }

    /** Each cache's hits and misses so far; a cache the app doesn't report is left out. */
    private static Map<String, double[]> cacheGets() {
        Map<String, double[]> gets = new java.util.HashMap<>();
        Client client = new Client(false);
        for (String cache : CACHES) {
            try {
                gets.put(cache, new double[] {
                    client.metric("cache.gets", "cache:" + cache, "result:hit"),
                    client.metric("cache.gets", "cache:" + cache, "result:miss")
                });
            } catch (RuntimeException ex) {
                // no such cache (or no actuator): nothing to report
            }
        }
        return gets;
    }

    /** Linux's USER_HZ: /proc reports CPU times in these ticks. */
    private static final int CLOCK_TICKS = 100;

    /** User plus system CPU time of a process so far, in clock ticks, or -1 when unknown. */
    private static long cpuTicks(long pid) {
        if (pid == 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            // The command name, in parentheses, may hold spaces: the fields that count come after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (java.io.IOException | RuntimeException ex) {
            return -1;
        }
    }

    /** Prints "SQL per request: ..." (bench/run.sh reads it) when a database status URL was given. */
    static void reportSql() {
        if (sqlAtStart == null) {
            return;
        }
        Map<String, Long> end = sqlCounters();
        if (end == null) {
            return;
        }
        long requests = Math.max(REQUESTS.get(), 1);
        Map<String, Double> per = new LinkedHashMap<>();
        for (String counter : COUNTERS) {
            per.put(
                    counter,
                    (end.getOrDefault(counter, 0L) - sqlAtStart.getOrDefault(counter, 0L)) / (double) requests);
        }
        double statements = per.get("Com_select")
                + per.get("Com_insert")
                + per.get("Com_update")
                + per.get("Com_delete")
                + per.get("Com_replace")
                + per.get("Com_stmt_execute");
        System.out.printf(
                java.util.Locale.ROOT,
                "SQL per request: %.2f statements (select %.2f, insert %.2f, update %.2f, delete %.2f), %.2f round trips,"
                        + " over %,d GraphQL requests (server-wide counters)%n",
                statements,
                per.get("Com_select"),
                per.get("Com_insert"),
                per.get("Com_update"),
                per.get("Com_delete"),
                per.get("Questions"),
                REQUESTS.get());
    }

    private static Map<String, Long> sqlCounters() {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(DB_STATUS_URL);
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS")) {
            Map<String, Long> counters = new LinkedHashMap<>();
            while (rs.next()) {
                String name = rs.getString(1);
                if (COUNTERS.stream().anyMatch(name::equalsIgnoreCase)) {
                    counters.put(
                            COUNTERS.stream()
                                    .filter(name::equalsIgnoreCase)
                                    .findFirst()
                                    .get(),
                            rs.getLong(2));
                }
            }
            return counters;
        } catch (java.sql.SQLException ex) {
            System.err.println("Can't read the database's statement counters from " + DB_STATUS_URL + ": " + ex);
            return null;
        }
    }

    private Bench() {}
}
