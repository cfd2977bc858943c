package dev.storefront.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the event publications (Spring Modulith's registry, e.g. each {@code OrderPlaced} and
 * who heard it) completed more than {@code storefront.events.keep-completed-for} ago, on the
 * schedule {@code storefront.events.cleanup-cron}. The registry keeps completed publications
 * forever otherwise: a row per order and listener, for ever. Kept a while, they tell an operator
 * which confirmations went out; publications not yet completed are never deleted (they are
 * resubmitted at the next start).
 */
@Component
class CompletedEventsCleanup {

    private final CompletedEventPublications completed;

    private final Duration keepFor;

    CompletedEventsCleanup(
            CompletedEventPublications completed,
            @Value("${storefront.events.keep-completed-for:7d}") Duration keepFor) {
        this.completed = completed;
        this.keepFor = keepFor;
    }

    @Scheduled(cron = "${storefront.events.cleanup-cron:0 41 * * * *}")
    public void deleteOldCompletedPublications() {
        this.completed.deletePublicationsOlderThan(this.keepFor);
    }
}
