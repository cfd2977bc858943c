package dev.storefront.account;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure the configured first admin ({@code storefront.admin.email} and
 * {@code storefront.admin.password}) exists when the application starts. An admin with that
 * email is left as it is. An account with that email that is not an admin may have been
 * registered by anyone (and its password is theirs), so it stops the start, unless the operator
 * says to promote it ({@code storefront.admin.promote-existing}). No API makes anyone an admin.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final AccountProperties.Admin admin;

    private final CustomerRepository customers;

    private final PasswordEncoder passwords;

    AdminAccountBootstrap(AccountProperties properties, CustomerRepository customers, PasswordEncoder passwords) {
        this.admin = properties.admin();
        this.customers = customers;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (this.admin.email() == null || this.admin.email().isBlank()) {
            log.info("No storefront.admin.email configured: no admin account is created");
            return;
        }
        String email = Emails.canonical(this.admin.email());
        if (!Emails.looksValid(email)) {
            throw new IllegalStateException("storefront.admin.email must be an email address, without spaces, "
                    + "invisible or control characters");
        }
        this.customers
                .findByEmail(email)
                .ifPresentOrElse(
                        (existing) -> {
                            if (existing.getRoles().contains(Role.ADMIN)) {
                                return;
                            }
                            if (!this.admin.promoteExisting()) {
                                throw new IllegalStateException(
                                        "An account with the configured admin email (storefront.admin.email) "
                                                + "exists and is not an admin. Anyone may have registered it, and its password is theirs, so it "
                                                + "is not made an admin. Configure another email, or, once you know the account is yours, set "
                                                + "storefront.admin.promote-existing=true to make it the admin (it keeps its own password).");
                            }
                            existing.grant(Role.ADMIN);
                            log.warn(
                                    "Made the existing account {} an admin (storefront.admin.promote-existing=true); it keeps its "
                                            + "own password",
                                    email);
                        },
                        () -> create(email));
    }

    private void create(String email) {
        String password = this.admin.password();
        if (password == null || PasswordRules.passwordProblem(password, email).isPresent()) {
            throw new IllegalStateException("storefront.admin.password must be at least "
                    + PasswordRules.MIN_PASSWORD_LENGTH + " characters (at most " + PasswordRules.MAX_PASSWORD_BYTES
                    + " bytes) other than the email");
        }
        this.customers.save(new Customer(
                email, this.passwords.encode(password), this.admin.name(), EnumSet.of(Role.SHOPPER, Role.ADMIN)));
        log.info("Created the admin account {}", email);
    }
}
