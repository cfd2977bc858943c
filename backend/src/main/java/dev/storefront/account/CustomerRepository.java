package dev.storefront.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Customer accounts, by canonical email (compared exactly) or id. */
interface CustomerRepository extends Repository<Customer, Long> {

    Customer save(Customer customer);

    Optional<Customer> findById(Long id);

    Optional<Customer> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsById(Long id);

    /** With their roles, in the same statement. */
    @EntityGraph(attributePaths = "roles")
    List<Customer> findByIdIn(Collection<Long> ids);
}
