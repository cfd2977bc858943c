package dev.storefront.cart;

import jakarta.persistence.EntityManager;

/** {@link CartLineInserts} by persisting the line: Hibernate inserts an identity row on persist. */
class CartLineInsertsImpl implements CartLineInserts {

    private final EntityManager entityManager;

    CartLineInsertsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void insertNow(CartLine line) {
        this.entityManager.persist(line);
    }
}
