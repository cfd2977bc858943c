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
 * {@code storefront.admin.password}) exists when the application starts. An existing account
 * with that email is made an admin but keeps its password. No API makes anyone an admin.
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
		String email = Emails.normalise(this.admin.email());
		this.customers.findByEmail(email).ifPresentOrElse((existing) -> {
			if (!existing.getRoles().contains(Role.ADMIN)) {
				existing.grant(Role.ADMIN);
				log.info("Made the existing account {} an admin", email);
			}
		}, () -> create(email));
	}

	private void create(String email) {
		String password = this.admin.password();
		if (!Emails.looksValid(email) || password == null
				|| Accounts.passwordProblem(password, email).isPresent()) {
			throw new IllegalStateException("storefront.admin.email must be an email and storefront.admin.password at "
					+ "least " + Accounts.MIN_PASSWORD_LENGTH + " characters other than the email");
		}
		this.customers.save(new Customer(email, this.passwords.encode(password), this.admin.name(),
				EnumSet.of(Role.SHOPPER, Role.ADMIN)));
		log.info("Created the admin account {}", email);
	}

}
