package dev.storefront.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The operation names a metric may carry as a tag. A client names its operations as it likes, so
 * an attacker who sends a million distinct names would make a million series: only the first
 * {@code storefront.metrics.max-operation-names} distinct valid names are kept, every later one is
 * {@code other}. The shop's own SPA sends a few dozen names, all in its first requests.
 */
@Component
class GraphQlOperationNames {

    static final String ANONYMOUS = "anonymous";

    static final String OTHER = "other";

    /** A GraphQL name, no longer than any the shop uses. */
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private final int max;

    GraphQlOperationNames(MetricsProperties properties) {
        this.max = properties.maxOperationNames();
    }

    /** The tag value for a request's operation name. */
    String tagFor(@Nullable String operationName) {
        if (operationName == null || operationName.isEmpty()) {
            return ANONYMOUS;
        }
        if (this.known.contains(operationName)) {
            return operationName;
        }
        if (!NAME.matcher(operationName).matches()) {
            return OTHER;
        }
        // Not atomic with the size check: a race admits a few names past the bound, never many.
        if (this.known.size() < this.max) {
            this.known.add(operationName);
            return operationName;
        }
        return OTHER;
    }
}
