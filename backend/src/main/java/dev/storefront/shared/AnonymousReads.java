package dev.storefront.shared;

import java.util.Set;

/**
 * Root query fields whose answers are the same for everyone who is not signed in: what they
 * answer, and every field reachable from them, depends only on their arguments, the shop's data
 * and the address the request came to, never on the session, the caller or the time. A feature
 * declares its own as a bean; {@link GraphQlResponseCache} may then share their answers among
 * anonymous callers until the data changes. A field that reads the session (a cart) or answers
 * differently by caller must never be listed, nor be added to a type these fields reach.
 */
public record AnonymousReads(Set<String> rootFields) {

    public AnonymousReads(String... rootFields) {
        this(Set.of(rootFields));
    }
}
