package dev.storefront.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged query set: queries a shopper types over the test catalog (test-catalog.md), each
 * with the products that are relevant (those that must fill the top three, or as many of the top
 * three as there are) and those that must not appear at all. The never-lists are hard failures;
 * the top threes are measured as precision@3, printed, and held to {@link #PRECISION_AT_3_FLOOR}.
 * Judged with {@link SearchBehaviour}'s own products ("zephyr" lamps, clocks, a keyboard) in the
 * index too, as in a shop with more than one catalog's words.
 */
final class JudgedQueries {

    /** The precision@3 reached on H2, MariaDB and OpenSearch when the set was written: never less. */
    static final double PRECISION_AT_3_FLOOR = 1.0;

    private static final List<String> AUDIO = List.of(
            "aria-wireless-headphones",
            "pulse-portable-speaker",
            "studio-earbuds",
            "igo-travel-radio",
            "vinyl-turntable");

    private static final List<String> KITCHEN =
            List.of("bamboo-cutting-board", "chefs-knife", "cafe-espresso-cups", "cast-iron-skillet");

    private static final List<String> OUTDOOR =
            List.of("summit-tent", "trail-backpack", "picnic-plate-set", "insulated-bottle", "trekking-poles");

    static final List<Judgement> SET = List.of(
            // Exact words.
            top("exact", "headphones", "aria-wireless-headphones").never("pulse-portable-speaker"),
            top("exact", "tent", "summit-tent").never("trail-backpack"),
            top("exact", "skillet", "cast-iron-skillet"),
            top("exact", "knife", "chefs-knife").never("summit-tent"),
            top("exact", "turntable", "vinyl-turntable"),
            top("exact", "cafe", "cafe-espresso-cups"),
            top("exact", "toaster").never("retro-toaster"),
            // Plurals and singulars: stemming.
            top("plural", "cup", "cafe-espresso-cups"),
            top("plural", "knives", "chefs-knife"),
            top("plural", "bottles", "insulated-bottle"),
            top("plural", "plates", "picnic-plate-set"),
            top("plural", "pole", "trekking-poles"),
            top("plural", "speakers", "pulse-portable-speaker"),
            // The last word unfinished: what the type-ahead lists.
            top("partial", "head", "aria-wireless-headphones").never("pulse-portable-speaker", "studio-earbuds"),
            top("partial", "headph", "aria-wireless-headphones"),
            top("partial", "wireless head", "aria-wireless-headphones").never("studio-earbuds"),
            top("partial", "keyb", "nimbus-mechanical-keyboard"),
            top("partial", "turnt", "vinyl-turntable"),
            top("partial", "cast iron sk", "cast-iron-skillet").never("chefs-knife"),
            top("partial", "bamb", "bamboo-cutting-board", "picnic-plate-set").never("summit-tent"),
            top("partial", "trek", "trekking-poles"),
            top("partial", "esp", "cafe-espresso-cups"),
            top("partial", "blue", "aria-wireless-headphones", "pulse-portable-speaker"),
            // One typo (words of five letters or more), also in an unfinished word.
            top("typo", "hedphones", "aria-wireless-headphones"),
            top("typo", "skilet", "cast-iron-skillet"),
            top("typo", "turntabel", "vinyl-turntable"),
            top("typo", "backpak", "trail-backpack"),
            top("typo", "espreso", "cafe-espresso-cups"),
            top("typo", "hedph", "aria-wireless-headphones").never("pulse-portable-speaker"),
            top("typo", "trekin", "trekking-poles"),
            // Two typos, one in each of two words.
            top("two typos", "wireles hedphones", "aria-wireless-headphones").never("studio-earbuds"),
            top("two typos", "portible speeker", "pulse-portable-speaker"),
            top("two typos", "insulatd botle", "insulated-bottle"),
            // Two-word phrases.
            top("phrase", "cutting board", "bamboo-cutting-board"),
            top("phrase", "espresso cups", "cafe-espresso-cups"),
            top("phrase", "travel radio", "igo-travel-radio").never("pulse-portable-speaker", "trail-backpack"),
            top("phrase", "stainless steel", "chefs-knife", "insulated-bottle"),
            // Category words.
            relevant("category", "audio", AUDIO).never("bamboo-cutting-board"),
            relevant("category", "kitchen", KITCHEN).never("retro-toaster", "aria-wireless-headphones"),
            relevant("category", "gear", OUTDOOR).never("chefs-knife"),
            relevant("category", "outdoor gear", OUTDOOR),
            // Tags.
            top("tag", "bluetooth", "aria-wireless-headphones", "pulse-portable-speaker")
                    .never("studio-earbuds"),
            top("tag", "hiking", "trail-backpack", "insulated-bottle", "trekking-poles")
                    .never("summit-tent"),
            top("tag", "retro", "igo-travel-radio", "vinyl-turntable").never("retro-toaster"),
            top("tag", "lightweight", "summit-tent", "trekking-poles"),
            top("tag", "gift", "igo-travel-radio", "bamboo-cutting-board", "chefs-knife"),
            // Words only in descriptions.
            top("description", "groove", "bamboo-cutting-board"),
            top("description", "preamp", "vinyl-turntable"),
            top("description", "campfire", "cast-iron-skillet"),
            top("description", "battery", "aria-wireless-headphones", "igo-travel-radio"),
            // Nonsense, and words that never meet in one product.
            nothing("xqzvw"),
            nothing("qwertyuiop"),
            nothing("zzz"),
            nothing("headphones skillet"));

    private JudgedQueries() {}

    /**
     * Runs every judged query through {@code search} (a query to the slugs found, best first),
     * fails on any product that must not appear (nonsense: on any product), prints precision@3 and returns it.
     */
    static double precisionAt3(String engine, Function<String, List<String>> search) {
        double sum = 0;
        int judged = 0;
        List<String> misses = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (Judgement judgement : SET) {
            List<String> found = search.apply(judgement.query());
            boolean nonsense =
                    judgement.relevant().isEmpty() && judgement.never().isEmpty();
            List<String> wrong = nonsense
                    ? found
                    : found.stream().filter(judgement.never()::contains).toList();
            if (!wrong.isEmpty()) {
                shown.add(judgement.query() + " (" + judgement.kind() + ") → " + wrong);
            }
            if (judgement.relevant().isEmpty()) {
                continue;
            }
            List<String> top = found.subList(0, Math.min(3, found.size()));
            long hits = top.stream().filter(judgement.relevant()::contains).count();
            double precision = (double) hits / Math.min(3, judgement.relevant().size());
            if (precision < 1) {
                misses.add(judgement.query() + " → " + top);
            }
            sum += precision;
            judged++;
        }
        double mean = sum / judged;
        System.out.printf(
                Locale.ROOT,
                "Judged search (%s): %d queries, precision@3 %.3f over %d ranked ones%s%n",
                engine,
                SET.size(),
                mean,
                judged,
                misses.isEmpty() ? "" : "; below 1: " + misses);
        assertThat(shown).as("products that must not appear").isEmpty();
        return mean;
    }

    private static Judgement top(String kind, String query, String... relevant) {
        return new Judgement(kind, query, List.of(relevant), List.of());
    }

    private static Judgement relevant(String kind, String query, List<String> relevant) {
        return new Judgement(kind, query, relevant, List.of());
    }

    private static Judgement nothing(String query) {
        return new Judgement("nonsense", query, List.of(), List.of());
    }

    /** A query, the products relevant to it and those that must not appear. */
    record Judgement(String kind, String query, List<String> relevant, List<String> never) {

        Judgement never(String... slugs) {
            return new Judgement(this.kind, this.query, this.relevant, List.of(slugs));
        }
    }
}
