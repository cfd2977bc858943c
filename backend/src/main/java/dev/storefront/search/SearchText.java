package dev.storefront.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a shopper typed, as words: letters and digits only, so that no character is ever read
 * as query syntax; folded to lower case without accents; English stop words dropped, since they
 * match nothing. The last word may be unfinished: it matches as the start of a word too. Words
 * the index doesn't know ({@code unknown}, found out only when the words as typed find nothing)
 * are matched with a typo forgiven and as the start of a word.
 */
record SearchText(String text, List<String> words, Set<String> unknown) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final int MAX_WORDS = 20;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
            "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
            "will", "with");

    static SearchText of(String typed, int maxLength) {
        String cut = (typed.length() > maxLength) ? typed.substring(0, maxLength) : typed;
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(fold(cut));
        while (matcher.find() && words.size() < MAX_WORDS) {
            if (!STOP_WORDS.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return new SearchText(String.join(" ", words), List.copyOf(words), Set.of());
    }

    /** Lower case, accents dropped: as the index folds its words. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The same words, these ones to be matched forgivingly. */
    SearchText forgiving(Set<String> unknownWords) {
        return new SearchText(this.text, this.words, Set.copyOf(unknownWords));
    }

    boolean isEmpty() {
        return this.words.isEmpty();
    }

    boolean isLast(int index) {
        return index == this.words.size() - 1;
    }

    /** True when a typo was forgiven or a word taken as a prefix because the index didn't know it. */
    boolean isForgiving() {
        return !this.unknown.isEmpty();
    }
}
