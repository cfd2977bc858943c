package dev.storefront.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a piece of bookkeeping (a metric, an event for live updates) once the current transaction
 * has committed, so a rolled back write is never counted or told; outside a transaction it runs
 * at once.
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /**
     * Gathers what a transaction touched (the ids it wrote, say, heard one flush at a time) and
     * hands it over once, after the commit: one action per transaction under the given key,
     * however many items it gathered; none when it rolls back. Outside a transaction the item
     * is handed over at once.
     */
    public static <T> void gather(Object key, T item, Consumer<Set<T>> action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.accept(Set.of(item));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<T> gathered = (Set<T>) TransactionSynchronizationManager.getResource(key);
        if (gathered == null) {
            Set<T> items = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(key, items);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    if (status == STATUS_COMMITTED) {
                        action.accept(items);
                    }
                }
            });
            gathered = items;
        }
        gathered.add(item);
    }
}
