package dev.storefront.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductView;

/** Words of a few products and categories, to correct a misspelt query word against. */
final class Vocabulary {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int MAX_EDITS = 2;

	private final Set<String> words;

	private Vocabulary(Set<String> words) {
		this.words = words;
	}

	static Vocabulary of(Collection<ProductView> products, Collection<List<String>> tags,
			List<CategoryView> categories) {
		Set<String> words = new LinkedHashSet<>();
		products.forEach((product) -> words.addAll(words(product.title())));
		tags.forEach((productTags) -> productTags.forEach((tag) -> words.addAll(words(tag))));
		categories.forEach((category) -> words.addAll(words(category.name())));
		return new Vocabulary(words);
	}

	/** The word itself when known, else the nearest known word within two edits, else the word. */
	String nearest(String word) {
		if (this.words.contains(word)) {
			return word;
		}
		String best = word;
		int bestDistance = MAX_EDITS + 1;
		for (String candidate : this.words) {
			int distance = distance(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** True when every typed word starts some word of the name (case and accents aside). */
	static boolean startsEveryWord(String name, List<String> typed) {
		List<String> nameWords = words(name);
		return typed.stream().allMatch((word) -> nameWords.stream().anyMatch((w) -> w.startsWith(fold(word))));
	}

	static List<String> words(String text) {
		Matcher matcher = WORD.matcher(fold(text));
		List<String> words = new ArrayList<>();
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
	}

	/** Edit distance with adjacent transpositions (optimal string alignment). */
	static int distance(String a, String b) {
		if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
			return MAX_EDITS + 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
