package dev.storefront.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import org.jspecify.annotations.Nullable;

/**
 * A parsed, valid document as {@link GraphQlResponseCache} sees it: its normal form (printed
 * compactly, so two spellings of one document share answers; only answers without errors are
 * kept, so no source location of one spelling can show in the answer to another), and the names
 * of its operations whose answers may be shared: queries that select only anonymous reads (and
 * {@code __typename}) at their root, through fragments too.
 *
 * @param text the normal form
 * @param shared the names of the operations that may be shared
 * @param onlyOperationShared whether the document holds one operation, and it may be shared (a
 *     request without an operation name runs it)
 */
record SharedDocument(String text, Set<String> shared, boolean onlyOperationShared) {

    static SharedDocument of(Document document, Set<String> anonymousFields) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
        Set<String> shared = new HashSet<>();
        boolean only = false;
        for (OperationDefinition operation : operations) {
            boolean sharable = operation.getOperation() == OperationDefinition.Operation.QUERY
                    && selectsOnly(operation.getSelectionSet(), anonymousFields, fragments, new HashSet<>());
            if (sharable && operation.getName() != null) {
                shared.add(operation.getName());
            }
            only = sharable && operations.size() == 1;
        }
        return new SharedDocument(AstPrinter.printAstCompact(document), Set.copyOf(shared), only);
    }

    /** Whether a request for this operation (null: the document's only one) may be shared. */
    boolean mayKeep(@Nullable String operationName) {
        return (operationName == null) ? this.onlyOperationShared : this.shared.contains(operationName);
    }

    /** The memory this takes besides the text it was made from, in estimated bytes. */
    int bytes() {
        return Caches.OBJECT_BYTES + Caches.bytesOf(this.text) + Caches.bytesOf(this.shared);
    }

    private static boolean selectsOnly(
            SelectionSet selections,
            Set<String> fields,
            Map<String, FragmentDefinition> fragments,
            Set<String> spread) {
        for (Selection<?> selection : selections.getSelections()) {
            boolean allowed;
            if (selection instanceof Field field) {
                allowed = field.getName().equals("__typename") || fields.contains(field.getName());
            } else if (selection instanceof InlineFragment inline) {
                allowed = selectsOnly(inline.getSelectionSet(), fields, fragments, spread);
            } else if (selection instanceof FragmentSpread named && fragments.containsKey(named.getName())) {
                // A fragment spread twice is checked once (a valid document has no cycles).
                allowed = !spread.add(named.getName())
                        || selectsOnly(fragments.get(named.getName()).getSelectionSet(), fields, fragments, spread);
            } else {
                allowed = false;
            }
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    /** An estimate of the memory a JSON value (request variables) takes. */
    static long bytesOf(@Nullable Object value) {
        if (value instanceof String text) {
            return Caches.bytesOf(text);
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = Caches.OBJECT_BYTES;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 32 + bytesOf(entry.getKey()) + bytesOf(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> list) {
            long bytes = Caches.OBJECT_BYTES;
            for (Object item : list) {
                bytes += 8 + bytesOf(item);
            }
            return bytes;
        }
        return Caches.OBJECT_BYTES;
    }
}
