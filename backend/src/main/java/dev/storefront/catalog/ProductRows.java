package dev.storefront.catalog;

import java.util.Collection;
import java.util.List;

/** Reading products as rows by id: a part of {@link ProductRepository} (a Spring Data fragment). */
interface ProductRows {

    /**
     * The products' columns by id, as rows; unknown ids are absent. No entity enters the
     * persistence context, so a writing transaction's flush has no product to check.
     */
    List<ProductRow> findRowsById(Collection<Long> ids);
}
