package dev.storefront.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The shape every scenario shares: {@link Bench#USERS} virtual users start at once and each sends
 * requests back to back (no think time: this measures throughput) for {@link Bench#DURATION}
 * seconds, after an unmeasured warm-up. Every GraphQL request must answer HTTP 200 with JSON that
 * has {@code data} and no {@code errors}: a GraphQL error is a failed request, and any failed
 * request fails the run (the assertion makes Gatling exit non-zero).
 */
abstract class StorefrontSimulation extends Simulation {

    static final HttpProtocolBuilder PROTOCOL = http.baseUrl(Bench.BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("storefront-bench (Gatling)")
            .shareConnections() // a pool of keep-alive connections, like a reverse proxy in front of the app
            .disableCaching();

    /** A POST /graphql with the body the function makes, checked for HTTP 200, data and no errors. */
    static HttpRequestActionBuilder graphql(String name, Function<Session, String> body, CheckBuilder... checks) {
        HttpRequestActionBuilder request = http(name)
                .post("/graphql")
                .body(StringBody((session) -> {
                    Bench.REQUESTS.incrementAndGet();
                    return body.apply(session);
                }))
                .check(
                        status().is(200),
                        jsonPath("$.data").exists(),
                        jsonPath("$.errors").notExists());
        return checks.length == 0 ? request : request.check(checks);
    }

    static HttpRequestActionBuilder graphql(String name, Supplier<String> body, CheckBuilder... checks) {
        return graphql(name, (session) -> body.get(), checks);
    }

    /**
     * A new shopper: an empty cookie jar, then the shop's home page, which sets the XSRF-TOKEN
     * cookie. Like the SPA, a shopper echoes it in X-XSRF-TOKEN on every POST ({@link #asShopper}):
     * the API refuses (403) a POST that carries the SESSION cookie without it, queries included.
     */
    static ChainBuilder newShopper() {
        return exec(flushCookieJar())
                .exec(http("home page").get("/").header("Accept", "text/html").check(status().is(200)))
                .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")));
    }

    /** The request as the shopper's browser sends it: with the XSRF token from {@link #newShopper}. */
    static HttpRequestActionBuilder asShopper(HttpRequestActionBuilder request) {
        return request.header("X-XSRF-TOKEN", "#{xsrf}");
    }

    /** addToCart of a random in-stock product by a shopper; the mutation must report no userErrors. */
    static ChainBuilder addToCart() {
        return exec(asShopper(graphql(
                "addToCart",
                Bench::addToCartBody,
                jsonPath("$.data.addToCart.userErrors[0]").notExists(),
                jsonPath("$.data.addToCart.cart.id").exists())));
    }

    /** Sets up the scenario: warm-up first (in the constructor, before Gatling measures), then the load. */
    void run(String name, boolean shoppers, List<Supplier<String>> warmup, ChainBuilder start, ChainBuilder loop) {
        Bench.warmUp(name, shoppers, warmup);
        Bench.startCountingSql();
        ScenarioBuilder scenario = scenario(name)
                .exec(start)
                .during(Duration.ofSeconds(Bench.DURATION))
                .on(loop);
        setUp(scenario.injectOpen(atOnceUsers(Bench.USERS)))
                .protocols(PROTOCOL)
                .maxDuration(Duration.ofSeconds(Bench.DURATION + 60L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Bench.reportSql();
        Bench.reportCpu();
        Bench.reportCache();
    }

    void run(String name, boolean shoppers, List<Supplier<String>> warmup, ChainBuilder loop) {
        run(name, shoppers, warmup, exec((session) -> session), loop);
    }
}
