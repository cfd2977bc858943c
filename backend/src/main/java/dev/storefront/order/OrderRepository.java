package dev.storefront.order;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Orders. Lookups that lists share (by customer, status, email) are specifications in {@code OrderSpecifications}. */
interface OrderRepository extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {

	Optional<Order> findByNumber(String number);

	Optional<Order> findByScopeKeyAndIdempotencyKey(String scopeKey, String idempotencyKey);

}
