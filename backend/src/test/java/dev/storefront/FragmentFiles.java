package dev.storefront;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.DocumentSource;
import org.springframework.graphql.support.ResourceDocumentSource;
import reactor.core.publisher.Mono;

/**
 * The documents of {@code graphql-test/}, each with the fragments it spreads: a spread
 * {@code ...CartFields} appends {@code cartFields.graphql} (the fragment's name, lower camel
 * case), and whatever that one spreads, once each. So a test names only the operation, as
 * the SPA's generated code does; a fragment the document defines itself is left alone.
 */
public final class FragmentFiles implements DocumentSource {

    private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*(?!on\\b)([_A-Za-z][_0-9A-Za-z]*)");

    private final DocumentSource files = new ResourceDocumentSource(
            List.of(new ClassPathResource("graphql-test/")), ResourceDocumentSource.FILE_EXTENSIONS);

    /** Each document with its fragments, read once: tests send the same few many times. */
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    /**
     * Read on the caller's thread: reading the fragments inside the file source's own pipeline
     * blocked its threads on one another when fifty requests were sent at once (the tester then
     * timed out after 5 s).
     */
    @Override
    public Mono<String> getDocument(String name) {
        return Mono.fromCallable(() -> this.documents.computeIfAbsent(
                name, (key) -> withFragments(this.files.getDocument(key).block())));
    }

    private String withFragments(String document) {
        StringBuilder whole = new StringBuilder(document);
        Set<String> present = new HashSet<>();
        Deque<String> spread = new ArrayDeque<>(spreads(document));
        while (!spread.isEmpty()) {
            String fragment = spread.pop();
            if (!present.add(fragment) || defines(whole, fragment)) {
                continue;
            }
            String file = this.files
                    .getDocument(Character.toLowerCase(fragment.charAt(0)) + fragment.substring(1))
                    .block();
            whole.append('\n').append(file);
            spread.addAll(spreads(file));
        }
        return whole.toString();
    }

    private static List<String> spreads(String document) {
        Matcher matcher = SPREAD.matcher(document);
        return matcher.results().map((spread) -> spread.group(1)).toList();
    }

    private static boolean defines(CharSequence document, String fragment) {
        return Pattern.compile("\\bfragment\\s+" + fragment + "\\s+on\\b")
                .matcher(document)
                .find();
    }
}
