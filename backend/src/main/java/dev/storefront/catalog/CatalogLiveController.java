package dev.storefront.catalog;

import java.util.List;
import java.util.Objects;

import dev.storefront.live.LiveClient;
import dev.storefront.live.LiveSubscriptions;
import dev.storefront.shared.BadRequestException;
import dev.storefront.shared.Ids;
import dev.storefront.shared.LimitExceededException;
import dev.storefront.shared.LiveProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The catalog's subscription: {@code productChanged}. */
@Controller
class CatalogLiveController {

    private final ProductStreams streams;

    private final LiveSubscriptions subscriptions;

    private final int maxIds;

    CatalogLiveController(ProductStreams streams, LiveSubscriptions subscriptions, LiveProperties live) {
        this.streams = streams;
        this.subscriptions = subscriptions;
        this.maxIds = live.maxProductIds();
    }

    /**
     * The products now, then whenever one changes, as the caller may see them (admins also
     * those off sale). An id that is no number, or that no product has, is followed harmlessly:
     * nothing is ever sent for it.
     */
    @SubscriptionMapping
    Flux<ProductView> productChanged(@Argument List<String> ids, @Nullable Authentication authentication) {
        if (ids.isEmpty()) {
            throw new BadRequestException("Give the ids of the products to follow (at most " + this.maxIds + ")");
        }
        if (ids.size() > this.maxIds) {
            throw new LimitExceededException(
                    "TOO_MANY_IDS",
                    "productChanged follows at most " + this.maxIds
                            + " products (storefront.live.max-product-ids); this asks for " + ids.size());
        }
        List<Long> parsed =
                ids.stream().map(Ids::parse).filter(Objects::nonNull).distinct().toList();
        return this.subscriptions.open(
                LiveClient.current(), this.streams.follow(parsed, CatalogController.isAdmin(authentication)));
    }
}
