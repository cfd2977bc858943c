package dev.storefront.order;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.storefront.shared.InputLimits;

/**
 * Order numbers as people type them back: {@code sf-7k3m 9qxp-2hdt}, {@code SF7K3M9QXP2HDT} and
 * {@code SF-7K3M-9QXP-2HDT} are one number. Case, spaces and dashes are ignored and the number is
 * compared in its canonical form {@code SF-XXXX-XXXX-XXXX}; the {@code SF} may be left out.
 * Reading only: the numbers themselves are made when an order is placed.
 */
final class OrderNumberFormat {

	/** What any argument that names an order number may hold; longer is a BAD_REQUEST. */
	static final int MAX_INPUT = 40;

	private static final String PREFIX = "SF";

	/** Spaces of any kind and the dashes a keyboard or a word processor makes. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\\u2010-\\u2015\\u2212]+");

	private static final Pattern BODY = Pattern.compile("[A-Z0-9]{12}");

	private OrderNumberFormat() {
	}

	/**
	 * The canonical number, or empty when the text can't be one (then no order has it, and the
	 * caller answers as for an unknown number). Longer than {@link #MAX_INPUT} is refused.
	 */
	static Optional<String> canonical(String number, String argument) {
		InputLimits.requireAtMost(MAX_INPUT, argument, number);
		String plain = SEPARATORS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
		String body = plain.startsWith(PREFIX) && plain.length() == PREFIX.length() + 12
				? plain.substring(PREFIX.length()) : plain;
		if (!BODY.matcher(body).matches()) {
			return Optional.empty();
		}
		return Optional.of(PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8));
	}

}
