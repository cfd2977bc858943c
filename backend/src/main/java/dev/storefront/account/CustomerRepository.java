package dev.storefront.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Customer accounts, by canonical email (compared exactly) or id. */
interface CustomerRepository extends Repository<Customer, Long> {

	Customer save(Customer customer);

	Optional<Customer> findById(Long id);

	Optional<Customer> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsById(Long id);

}
