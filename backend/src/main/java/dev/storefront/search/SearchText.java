package dev.storefront.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper typed, as words: letters and digits only, so that no character is ever read
 * as query syntax; English stop words dropped, since they match nothing.
 */
record SearchText(String text, List<String> words) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MAX_WORDS = 20;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
			"if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
			"there", "these", "they", "this", "to", "was", "will", "with");

	static SearchText of(String typed, int maxLength) {
		String cut = (typed.length() > maxLength) ? typed.substring(0, maxLength) : typed;
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(cut.toLowerCase(Locale.ROOT));
		while (matcher.find() && words.size() < MAX_WORDS) {
			if (!STOP_WORDS.contains(matcher.group())) {
				words.add(matcher.group());
			}
		}
		return new SearchText(String.join(" ", words), List.copyOf(words));
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

}
