package dev.storefront.catalog;

import java.util.List;

/**
 * Products were written (an admin's edit, stock taken or put back by an order), told by live
 * updates to every instance once the write has committed: ids only, so that each subscriber
 * reads what its own rights let it see.
 *
 * @param ids the products written
 * @param offSale those of them that went off sale in the write (their last state shoppers may
 *     hear of: that they are unavailable)
 */
public record ProductsChanged(List<Long> ids, List<Long> offSale) {

    /** The live updates topic. */
    public static final String TOPIC = "products";
}
