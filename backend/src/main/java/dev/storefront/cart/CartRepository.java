package dev.storefront.cart;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Carts. Every write locks its cart first, so concurrent writes to one cart queue up. */
interface CartRepository extends Repository<Cart, Long>, CartLocks, CartLineInserts {

    Optional<Cart> findById(Long id);

    Optional<Cart> findByOwnerKey(String ownerKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cart c where c.id = :id")
    Optional<Cart> lockById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cart c where c.ownerKey = :ownerKey")
    Optional<Cart> lockByOwnerKey(String ownerKey);

    /** Creates the owner's cart unless it exists: two concurrent first writes make one cart. */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO cart (owner_key, customer_id, created_at, updated_at, version)
            VALUES (:ownerKey, :customerId, :now, :now, 0)
            ON DUPLICATE KEY UPDATE owner_key = owner_key""")
    void createIfAbsent(String ownerKey, @Nullable Long customerId, Instant now);

    void delete(Cart cart);

    /** Deletes anonymous carts unchanged since the given instant; their lines go with them. */
    @Modifying
    @Query(nativeQuery = true, value = "DELETE FROM cart WHERE customer_id IS NULL AND updated_at < :before")
    int deleteAnonymousUnchangedSince(Instant before);
}
