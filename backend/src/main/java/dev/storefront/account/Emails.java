package dev.storefront.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Emails as accounts compare them: trimmed and in lower case. */
final class Emails {

	static final int MAX_LENGTH = 254;

	// Deliberately plain: one @, something on each side, a dot in the domain, no spaces.
	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private Emails() {
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static boolean looksValid(String normalised) {
		return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
	}

}
