package dev.storefront;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.storefront.ArgumentProbes.Probe;
import dev.storefront.ArgumentProbes.Target;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every argument and input field of the schema, found by walking the schema itself (so a new one
 * is covered without touching this test), gets what a careless client or an attacker sends
 * ({@link ArgumentProbes}): an explicit null, an empty string, 10,000 characters, unicode, emoji
 * and query syntax, negative and huge numbers, malformed ids, cursors, URLs and dates; as
 * variables, anonymously and as an admin, and as literals. One value varies per request; the
 * other arguments hold valid values made from their types. No answer may be a 5xx,
 * INTERNAL_ERROR, a stack trace, SQL or a Java class name, and no error may repeat a value sent.
 *
 * <p>It shares the test context's database: the products it creates (ids above those there
 * were) are deleted afterwards and the search index is rebuilt, so the hand-checked catalog the
 * other tests read is as they expect it.
 */
@StorefrontTest
class EveryArgumentTests {

    private static final Logger log = LoggerFactory.getLogger(EveryArgumentTests.class);

    /** What must never be in an error: a stack frame, SQL, a class of the server or of graphql-java's AST. */
    static final Pattern LEAK = Pattern.compile("(?i)(\\bat [a-z]+\\.[\\w.$]+\\(|exception|\\bjava\\.|\\bjakarta\\."
            + "|\\borg\\.(hibernate|springframework|h2|mariadb)|\\bgraphql\\.[a-z]+\\.|\\bselect\\b.*\\bfrom\\b"
            + "|\\binsert into\\b|\\bsql|jdbc|Value\\{|ObjectField\\{|LinkedHashMap|ArrayList|BigDecimal|BigInteger"
            + "|'(Integer|Long|Double|Map)'|'(Int|String|Null|Enum|Object|Array|Float|Boolean)Value')");

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final JsonMapper json = JsonMapper.builder().build();

    final List<String> failures = new ArrayList<>();

    /**
     * Type and kind of value the schema refuses before any resolver runs, whichever argument it
     * is sent to: graphql-java coerces by type, so one argument of each type is enough for those.
     */
    final Set<String> refusedByType = new HashSet<>();

    /** Literals are checked by type, by graphql-java's validation: one of each kind per type. */
    final Set<String> literalsSent = new HashSet<>();

    int requests;

    GraphQLSchema schema;

    String productId;

    @Test
    void noValueOfAnyArgumentBreaksTheShopOrComesBackInAnError() throws InterruptedException {
        WebTestClient http = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + this.port)
                .build();
        this.schema = this.graphQlSource.schema();
        long lastProductBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from product", Long.class);
        try {
            ProbeCaller admin = new ProbeCaller("as admin", true, http, this.json);
            this.productId = createProduct(admin);
            ProbeCaller anonymous = new ProbeCaller("anonymously", false, http, this.json);
            List<Target> targets = ArgumentProbes.targets(this.schema);
            assertThat(targets).as("the schema's arguments and input fields").hasSizeGreaterThan(40);
            long started = System.nanoTime();
            for (Target target : targets) {
                for (Probe probe : ArgumentProbes.probes(target)) {
                    String byType = GraphQLTypeUtil.simplePrint(target.type()) + " " + probe.kind();
                    for (ProbeCaller caller : List.of(anonymous, admin)) {
                        if (!this.refusedByType.contains(byType) && send(target, probe, caller, false)) {
                            this.refusedByType.add(byType);
                        }
                    }
                    if (this.literalsSent.add(byType)) {
                        send(target, probe, admin, true);
                    }
                }
            }
            log.info(
                    "{} requests for {} arguments and input fields in {} ms",
                    this.requests,
                    targets.size(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            removeWhatWasMade(lastProductBefore);
        }
        assertThat(this.failures)
                .as(
                        "%d failures in %d requests:%n%s",
                        this.failures.size(), this.requests, String.join(System.lineSeparator(), this.failures))
                .isEmpty();
    }

    /** Sends the probe; true when the schema refused it before any resolver ran. */
    boolean send(Target target, Probe probe, ProbeCaller caller, boolean literals) {
        List<String> declarations = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>();
        for (GraphQLArgument argument : target.field().getArguments()) {
            Object value;
            if (argument == target.argument()) {
                value = placed(target, probe.value());
            } else if (ArgumentProbes.required(argument)) {
                value = argument.getName().equals("lineId")
                        ? caller.cartLine(this.productId)
                        : ArgumentProbes.valid(argument.getName(), argument.getType(), this.productId);
            } else {
                continue;
            }
            if (literals) {
                passed.add(argument.getName() + ": " + ProbeDocuments.literal(value, argument.getType()));
            } else {
                declarations.add("$" + argument.getName() + ": " + ProbeDocuments.variableType(argument));
                passed.add(argument.getName() + ": $" + argument.getName());
                variables.put(argument.getName(), value);
            }
        }
        boolean mutation = target.root() == this.schema.getMutationType();
        String document = (mutation ? "mutation" : "query") + " EveryArgument"
                + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " "
                + ProbeDocuments.selection(target, String.join(", ", passed), this.productId);
        String context =
                target + " " + caller.name + (literals ? " as a literal" : " as a variable") + ", " + probe.kind();
        boolean refused = check(caller.post(document, variables), probe, literals, context);
        if (mutation) {
            caller.stayWhoItIs();
        }
        return refused;
    }

    /** The argument's value: the probe itself, or valid surroundings with the probe at the input field. */
    @SuppressWarnings("unchecked")
    private @Nullable Object placed(Target target, @Nullable Object probe) {
        if (target.inputPath().isEmpty()) {
            return probe;
        }
        Map<String, Object> top = new LinkedHashMap<>((Map<String, Object>) ArgumentProbes.valid(
                target.argument().getName(), target.argument().getType(), this.productId));
        Map<String, Object> container = top;
        for (GraphQLInputObjectField field :
                target.inputPath().subList(0, target.inputPath().size() - 1)) {
            Map<String, Object> inner = new LinkedHashMap<>(
                    (Map<String, Object>) ArgumentProbes.valid(field.getName(), field.getType(), this.productId));
            container.put(field.getName(), inner);
            container = inner;
        }
        container.put(target.name(), probe);
        return top;
    }

    /** Records what is wrong with the answer; true when it is a refusal by the schema (no data, only validation errors). */
    @SuppressWarnings("unchecked")
    boolean check(EntityExchangeResult<byte[]> exchange, Probe probe, boolean literals, String context) {
        this.requests++;
        int status = exchange.getStatus().value();
        String body = (exchange.getResponseBody() != null)
                ? new String(exchange.getResponseBody(), StandardCharsets.UTF_8)
                : "";
        if (status >= 500) {
            this.failures.add(context + ": HTTP " + status + " " + abbreviate(body));
            return false;
        }
        Map<String, Object> response;
        try {
            response = this.json.readValue(body, Map.class);
        } catch (RuntimeException ex) {
            this.failures.add(context + ": HTTP " + status + ", not a GraphQL response: " + abbreviate(body));
            return false;
        }
        List<Object> said = new ArrayList<>();
        boolean onlyValidationErrors = response.get("errors") instanceof List<?> errors && !errors.isEmpty();
        if (response.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                Map<String, Object> map = (Map<String, Object>) error;
                Object classification = (map.get("extensions") instanceof Map<?, ?> extensions)
                        ? extensions.get("classification")
                        : null;
                if ("INTERNAL_ERROR".equals(classification)) {
                    this.failures.add(context + ": INTERNAL_ERROR at " + map.get("path"));
                }
                onlyValidationErrors &= "ValidationError".equals(classification);
                said.add(map.get("message"));
                said.add(map.get("extensions"));
            }
        }
        userErrorMessages(response.get("data"), said);
        String text = said.toString();
        if (LEAK.matcher(text).find()) {
            this.failures.add(context + ": an error shows internals: " + abbreviate(text));
        }
        // In a literal, an input object's field names are the document's own names, not values.
        boolean nameInDocument = literals && probe.value() instanceof Map;
        if (probe.echo() != null && !nameInDocument && text.contains(probe.echo())) {
            this.failures.add(context + ": an error repeats the value sent: " + abbreviate(text));
        }
        return onlyValidationErrors && response.get("data") == null;
    }

    /** The messages of every user error (anything with a code and a message) in the data. */
    private static void userErrorMessages(@Nullable Object data, List<Object> said) {
        if (data instanceof Map<?, ?> map) {
            if (map.containsKey("code") && map.containsKey("message")) {
                said.add(map.get("message"));
            }
            map.values().forEach((value) -> userErrorMessages(value, said));
        } else if (data instanceof List<?> list) {
            list.forEach((value) -> userErrorMessages(value, said));
        }
    }

    private String createProduct(ProbeCaller admin) {
        Map<String, Object> created = admin.read(admin.post("""
                mutation { createProduct(input: {title: "Every Argument Fixture", description: "Probed.", price: "10.00",
                  stock: 50}) { product { id } userErrors { message } } }""", Map.of()));
        Object id = ProbeCaller.at(created, "createProduct", "product", "id");
        assertThat(id).as("the product the probes use, in %s", created).isNotNull();
        return (String) id;
    }

    private void removeWhatWasMade(long lastProductBefore) throws InterruptedException {
        this.jdbc.update("delete from cart_line where product_id > ?", lastProductBefore);
        this.jdbc.update("delete from product_tag where product_id > ?", lastProductBefore);
        this.jdbc.update("delete from product where id > ?", lastProductBefore);
        Search.mapping(this.entityManagerFactory)
                .scope(Object.class)
                .massIndexer()
                .purgeAllOnStart(true)
                .startAndWait();
    }

    private static String abbreviate(String text) {
        return (text.length() <= 600) ? text : text.substring(0, 600) + "…";
    }
}
