package dev.storefront.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storefront.catalog.CategoryView;
import dev.storefront.catalog.ProductView;

/**
 * Words of a few products and categories, each with the number of those products it is a word
 * of (title or tags), to correct a misspelt query word against.
 */
final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final int MAX_EDITS = 2;

    /** A correction is never shorter: "hd" is nobody's intended "head". */
    private static final int MIN_LENGTH = 3;

    private final Map<String, Integer> products;

    private Vocabulary(Map<String, Integer> products) {
        this.products = products;
    }

    static Vocabulary of(Collection<ProductView> found, Map<Long, List<String>> tags, List<CategoryView> categories) {
        Map<String, Integer> products = new LinkedHashMap<>();
        for (ProductView product : found) {
            Set<String> own = new HashSet<>(words(product.title()));
            tags.getOrDefault(product.id(), List.of()).forEach((tag) -> own.addAll(words(tag)));
            own.forEach((word) -> products.merge(word, 1, Integer::sum));
        }
        categories.forEach((category) -> words(category.name()).forEach((word) -> products.putIfAbsent(word, 1)));
        return new Vocabulary(products);
    }

    /** How many edits a correction of this word may make: one in words of up to four letters. */
    static int maxEdits(String word) {
        return (word.length() <= 4) ? 1 : MAX_EDITS;
    }

    /**
     * The word itself when known, else the nearest known word of three letters or more within
     * {@link #maxEdits} (among equally near ones, the word of more products), else the word.
     */
    String nearest(String word) {
        if (this.products.containsKey(word)) {
            return word;
        }
        String best = word;
        int bestDistance = maxEdits(word);
        int bestProducts = 0;
        for (Map.Entry<String, Integer> candidate : this.products.entrySet()) {
            if (candidate.getKey().length() < MIN_LENGTH) {
                continue;
            }
            int distance = distance(word, candidate.getKey());
            if (distance < bestDistance || (distance == bestDistance && candidate.getValue() > bestProducts)) {
                best = candidate.getKey();
                bestDistance = distance;
                bestProducts = candidate.getValue();
            }
        }
        return best;
    }

    /** True when every typed word starts some word of the name (case and accents aside). */
    static boolean startsEveryWord(String name, List<String> typed) {
        List<String> nameWords = words(name);
        return typed.stream()
                .allMatch((word) -> nameWords.stream().anyMatch((w) -> w.startsWith(SearchText.fold(word))));
    }

    static List<String> words(String text) {
        Matcher matcher = WORD.matcher(SearchText.fold(text));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
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
