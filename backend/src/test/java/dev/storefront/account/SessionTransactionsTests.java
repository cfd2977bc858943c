package dev.storefront.account;

import dev.storefront.StorefrontTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's own JDBC transactions are for Spring Session only: whoever asks for a
 * transaction template by type still gets Spring Boot's, on the JPA transaction manager.
 */
@StorefrontTest
class SessionTransactionsTests {

    private final TransactionTemplate transactions;

    @Autowired
    SessionTransactionsTests(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    @Test
    void theApplicationsTransactionTemplateIsStillOnJpa() {
        assertThat(this.transactions.getTransactionManager()).isInstanceOf(JpaTransactionManager.class);
    }
}
