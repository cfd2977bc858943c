package dev.storefront.order;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Orders. Lookups that lists share (by customer, status, email) are specifications in {@code OrderSpecifications}. */
interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

    Optional<Order> findByNumber(String number);

    Optional<Order> findByScopeKeyAndIdempotencyKey(String scopeKey, String idempotencyKey);

    /**
     * The order, its row locked until the transaction ends: a status change reads the status it
     * changes under the lock, so two at once queue up and the second sees the first's outcome.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Order o where o.number = :number")
    Optional<Order> lockByNumber(@Param("number") String number);
}
