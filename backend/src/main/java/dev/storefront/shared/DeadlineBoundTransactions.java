package dev.storefront.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Spring Boot's JPA transaction manager, except that a transaction begun while a request is
 * served gets no more time than the request has left: Hibernate and the JDBC driver then cancel
 * a statement that would outlast the request's deadline. Elsewhere (startup, scheduled jobs)
 * {@code spring.transaction.default-timeout} applies as before.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineBoundTransactions {

    @Bean
    JpaTransactionManager transactionManager(
            ObjectProvider<TransactionManagerCustomizers> customizers, RequestDeadline deadline) {
        JpaTransactionManager manager = new DeadlineBoundTransactionManager(deadline);
        customizers.ifAvailable((each) -> each.customize(manager));
        return manager;
    }

    static final class DeadlineBoundTransactionManager extends JpaTransactionManager {

        private final transient RequestDeadline deadline;

        DeadlineBoundTransactionManager(RequestDeadline deadline) {
            this.deadline = deadline;
        }

        /** The transaction's own timeout or the request's time left, whichever ends first; whole seconds, at least 1. */
        @Override
        protected int determineTimeout(TransactionDefinition definition) {
            return this.deadline.transactionTimeout(super.determineTimeout(definition));
        }
    }
}
