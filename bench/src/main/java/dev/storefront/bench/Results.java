package dev.storefront.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Gatling's reports into the benchmark's table (used by bench/run.sh).
 *
 * <pre>
 *   Results add RESULTS.tsv SCENARIO USERS REPORT_DIR|- EXIT_CODE PEAK_RSS_KB SQL_PER_REQUEST|-
 *   Results table RESULTS.tsv      prints the table; exits 1 when any run had errors or failed
 * </pre>
 *
 * Gatling 3.15 writes a binary simulation.log and no stats.json, so the numbers come from the
 * statistics table of the report's index.html (one row per request name plus "All Requests":
 * total, OK, KO, % KO, count/s, min, 50th, 75th, 95th, 99th percentile, max, mean, std dev).
 */
public final class Results {

    private static final Pattern ROW = Pattern.compile(
            "class=\"ellipsed-name\">(.*?)</span>(.*?)(?=class=\"ellipsed-name\">|</tbody>|$)", Pattern.DOTALL);

    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws IOException {
        if (args.length >= 7 && args[0].equals("add")) {
            add(
                    Path.of(args[1]),
                    args[2],
                    args[3],
                    args[4],
                    Integer.parseInt(args[5]),
                    args[6],
                    args.length > 7 ? args[7] : "-",
                    args.length > 8 ? args[8] : "-");
        } else if (args.length == 2 && args[0].equals("table")) {
            System.exit(table(Path.of(args[1])) ? 0 : 1);
        } else {
            System.err.println(
                    "usage: Results add RESULTS.tsv SCENARIO USERS REPORT_DIR EXIT_CODE PEAK_RSS_KB [SQL [CPU_MS]]"
                            + " | Results table RESULTS.tsv");
            System.exit(2);
        }
    }

    /** One run: a line per request name ("All Requests" first), tab-separated. */
    static void add(
            Path tsv,
            String scenario,
            String users,
            String reportDir,
            int exitCode,
            String peakRssKb,
            String sqlPerRequest,
            String cpuPerRequest)
            throws IOException {
        List<String> lines = new ArrayList<>();
        String rss = peakRssKb.matches("\\d+") ? String.valueOf(Long.parseLong(peakRssKb) / 1024) : "-";
        Path index = reportDir.equals("-") ? null : Path.of(reportDir, "index.html");
        if (index == null || !Files.exists(index)) {
            lines.add(String.join(
                    "\t",
                    scenario,
                    users,
                    "All Requests",
                    "-",
                    "-",
                    "-",
                    "-",
                    "-",
                    "-",
                    rss,
                    sqlPerRequest,
                    "FAILED(exit " + exitCode + ", no report)",
                    "-",
                    cpuPerRequest));
        } else {
            String html = Files.readString(index, StandardCharsets.UTF_8);
            int start = html.indexOf("id=\"container_statistics_head\"");
            Matcher row = ROW.matcher(html.substring(Math.max(start, 0)));
            List<String[]> rows = new ArrayList<>();
            while (row.find()) {
                String name = unescape(row.group(1).trim());
                String[] values = new String[15];
                Matcher cell = CELL.matcher(row.group(2));
                while (cell.find()) {
                    int col = Integer.parseInt(cell.group(1));
                    if (col < values.length) {
                        values[col] = cell.group(2).trim();
                    }
                }
                if (values[2] != null && rows.stream().noneMatch((r) -> r[0].equals(name))) {
                    values[0] = name;
                    rows.add(values);
                }
            }
            if (rows.isEmpty()) {
                lines.add(String.join(
                        "\t",
                        scenario,
                        users,
                        "All Requests",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        "-",
                        rss,
                        sqlPerRequest,
                        "FAILED(unreadable report)",
                        reportDir,
                        cpuPerRequest));
            }
            if (rows.size() == 2) {
                rows.remove(1); // one request name: its row repeats "All Requests"
            }
            for (String[] r : rows) {
                boolean all = r[0].equals("All Requests") || r[0].equals("Global");
                long ko = parseLong(r[4]);
                String status = exitCode != 0 ? "FAILED(exit " + exitCode + ")" : (ko > 0 ? "ERRORS" : "ok");
                // columns: total ok ko cnt/s p50 p99
                lines.add(String.join(
                        "\t",
                        scenario,
                        users,
                        all ? "All Requests" : r[0],
                        nz(r[2]),
                        nz(r[3]),
                        nz(r[4]),
                        nz(r[6]),
                        nz(r[8]),
                        nz(r[11]),
                        all ? rss : "",
                        all ? sqlPerRequest : "",
                        status,
                        reportDir,
                        all ? cpuPerRequest : ""));
            }
        }
        Files.write(tsv, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Prints the table; false when a run failed or had errors. */
    static boolean table(Path tsv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        String format = "%-16s %5s  %-16s %9s %8s %8s %15s %9s %8s %10s  %s%n";
        System.out.printf(
                Locale.ROOT,
                format,
                "scenario",
                "users",
                "request",
                "req/s",
                "p50 ms",
                "p99 ms",
                "errors",
                "peak RSS",
                "SQL/req",
                "CPU ms/req",
                "status");
        System.out.printf(
                Locale.ROOT,
                format,
                "-".repeat(16),
                "-----",
                "-".repeat(16),
                "-".repeat(9),
                "-".repeat(8),
                "-".repeat(8),
                "-".repeat(15),
                "-".repeat(9),
                "-".repeat(8),
                "-".repeat(10),
                "------");
        boolean ok = true;
        for (String[] r : rows) {
            boolean all = r[2].equals("All Requests");
            String errors = r[5].equals("-") ? "-" : r[5] + " / " + r[3];
            String rss = r[9].isEmpty() ? "" : r[9] + " MB";
            System.out.printf(
                    Locale.ROOT,
                    format,
                    all ? r[0] : "",
                    all ? r[1] : "",
                    all ? "all" : "  " + r[2],
                    r[6],
                    r[7],
                    r[8],
                    errors,
                    rss,
                    r[10],
                    (r.length > 13) ? r[13] : "-",
                    all ? r[11] : (r[11].equals("ok") ? "" : r[11]));
            if (!r[11].equals("ok")) {
                ok = false;
            }
        }
        return ok;
    }

    private static String nz(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (RuntimeException ex) {
            return 0;
        }
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private Results() {}
}
