package dev.storefront.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills a Storefront database with a large, realistic, reproducible catalog.
 *
 * <p>It writes straight into the schema that the app's Flyway migrations create
 * ({@code category}, {@code product}, {@code product_tag}), so the app must have been started
 * once against the database before (bench/run.sh does that). It does not touch the search
 * index: the app rebuilds it at startup when its document count differs from the product
 * count.
 *
 * <p>Options (command line, else environment, else default):
 * <pre>
 *   --url URL          BENCH_DB_URL       jdbc:mariadb://127.0.0.1:3306/storefront_bench
 *   --user USER        BENCH_DB_USER      root
 *   --password PW      BENCH_DB_PASSWORD  (empty)
 *   --products N       N                  100000
 *   --seed S           SEED               20260101
 *   --batch B          BATCH              1000   rows per JDBC batch
 *   --commit-every C   COMMIT_EVERY       25000  products per transaction
 *   --until ISO        UNTIL              2026-01-01T00:00:00Z  the newest created_at (fixed, so a seed gives the same rows)
 *   --replace          REPLACE=true       delete every product (and cart line) first
 *   --append           APPEND=true        add to a catalog that already has products
 *   --recreate-database                   only drop and create the database of a jdbc:mariadb: or
 *                                         jdbc:mysql: URL (utf8mb4), then exit: bench/run.sh starts this way
 * </pre>
 * Without --replace or --append it refuses to write into a catalog that has products.
 */
public final class CatalogGenerator {

    /** Three years back from {@code until}. */
    private static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

    private final String url;

    private final String user;

    private final String password;

    private final int products;

    private final long seed;

    private final int batchSize;

    private final int commitEvery;

    private final Instant until;

    private final boolean replace;

    private final boolean append;

    private CatalogGenerator(Map<String, String> options) {
        this.url = withBatchOptions(
                option(options, "url", "BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/storefront_bench"));
        this.user = option(options, "user", "BENCH_DB_USER", "root");
        this.password = option(options, "password", "BENCH_DB_PASSWORD", "");
        this.products = Integer.parseInt(
                option(options, "products", "N", "100000").replace("_", "").replace(",", ""));
        this.seed = Long.parseLong(option(options, "seed", "SEED", "20260101"));
        this.batchSize = Integer.parseInt(option(options, "batch", "BATCH", "1000"));
        this.commitEvery = Integer.parseInt(option(options, "commit-every", "COMMIT_EVERY", "25000"));
        this.until = Instant.parse(option(options, "until", "UNTIL", "2026-01-01T00:00:00Z"));
        this.replace = Boolean.parseBoolean(option(options, "replace", "REPLACE", "false"));
        this.append = Boolean.parseBoolean(option(options, "append", "APPEND", "false"));
        if (this.products < 0 || this.batchSize < 1 || this.commitEvery < 1) {
            throw new IllegalArgumentException("--products must be >= 0, --batch and --commit-every >= 1");
        }
        if (this.replace && this.append) {
            throw new IllegalArgumentException("--replace and --append exclude each other");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(
                        "usage: CatalogGenerator [--url URL] [--user U] [--password P] [--products N] [--seed S]"
                                + " [--batch B] [--commit-every C] [--until ISO-INSTANT] [--replace | --append]");
                return;
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (name.equals("replace") || name.equals("append") || name.equals("recreate-database")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        CatalogGenerator generator = new CatalogGenerator(options);
        if (options.containsKey("recreate-database")) {
            generator.recreateDatabase();
        } else {
            generator.run();
        }
    }

    /** Drops and creates the URL's database, empty, in utf8mb4 like the project's CI. */
    private void recreateDatabase() throws SQLException {
        java.util.regex.Matcher url = java.util.regex.Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/]+/)([^?;]*)(.*)$")
                .matcher(this.url);
        if (!url.matches() || !url.group(2).matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("--recreate-database needs a jdbc:mariadb: or jdbc:mysql: URL with a"
                    + " plain database name, not " + redact(this.url));
        }
        String database = url.group(2);
        try (Connection connection =
                        DriverManager.getConnection(url.group(1) + url.group(3), this.user, this.password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        System.out.println("Created the empty database " + database);
    }

    private static String option(Map<String, String> options, String name, String env, String fallback) {
        String value = options.get(name);
        if (value == null) {
            value = System.getenv(env);
        }
        if (value == null || (value.isEmpty() && !name.equals("password"))) {
            return fallback;
        }
        return value;
    }

    /** Turns on the driver's fast batch path unless the URL already says otherwise. */
    static String withBatchOptions(String url) {
        String option;
        if (url.startsWith("jdbc:mariadb:")) {
            option = "useBulkStmts=true";
        } else if (url.startsWith("jdbc:mysql:")) {
            option = "rewriteBatchedStatements=true";
        } else {
            return url;
        }
        String name = option.substring(0, option.indexOf('='));
        if (url.contains(name + "=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + option;
    }

    private void run() throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password)) {
            connection.setAutoCommit(false);
            requireSchema(connection);
            long existing = count(connection, "SELECT COUNT(*) FROM product");
            if (existing > 0 && this.replace) {
                deleteProducts(connection);
                existing = 0;
            } else if (existing > 0 && !this.append) {
                throw new IllegalStateException("the catalog already holds " + existing
                        + " products: pass --replace to delete them first, or --append to add to them");
            }
            List<CategoryRow> categories = categories(connection);
            long firstId = count(connection, "SELECT COALESCE(MAX(id), 0) FROM product") + 1;
            System.out.printf(
                    Locale.ROOT,
                    "Generating %,d products (seed %d) into %s, %d categories, ids from %d%n",
                    this.products,
                    this.seed,
                    redact(this.url),
                    categories.size(),
                    firstId);
            Stats stats = insertProducts(connection, categories, firstId);
            if (this.url.startsWith("jdbc:h2:")) {
                // H2 does not move an identity past explicitly inserted ids (MySQL and MariaDB do).
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE product ALTER COLUMN id RESTART WITH " + (firstId + this.products));
                }
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "Inserted %,d products and %,d tags in %.1f s (%,.0f products/s): %,d featured, %,d inactive, %,d sold out%n",
                    this.products,
                    stats.tags,
                    seconds,
                    this.products / Math.max(seconds, 1e-9),
                    stats.featured,
                    stats.inactive,
                    stats.soldOut);
            System.out.println("The app rebuilds its search index at its next start (the document count differs)."
                    + " If the product count did not change, delete the index directory first.");
        }
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static void requireSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement
                    .executeQuery("SELECT COUNT(*) FROM product_tag WHERE 1 = 0")
                    .close();
            statement.executeQuery("SELECT COUNT(*) FROM category WHERE 1 = 0").close();
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "no Storefront schema in this database (" + ex.getMessage()
                            + "): start the app once against it so that Flyway creates the tables (bench/run.sh does)",
                    ex);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteProducts(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.executeUpdate("DELETE FROM cart_line");
            } catch (SQLException ex) {
                // an older schema without carts
                connection.rollback();
            }
            statement.executeUpdate("DELETE FROM product_tag");
            statement.executeUpdate("DELETE FROM product");
        }
        connection.commit();
        System.out.println("Deleted the existing products");
    }

    private static List<CategoryRow> categories(Connection connection) throws SQLException {
        if (count(connection, "SELECT COUNT(*) FROM category") == 0) {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO category (slug, name) VALUES (?, ?)")) {
                for (Words.CategoryWords category : Words.CATEGORIES) {
                    insert.setString(1, category.slug());
                    insert.setString(2, category.name());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            System.out.println("Created " + Words.CATEGORIES.size() + " categories");
        }
        List<CategoryRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, slug, name FROM category ORDER BY id")) {
            while (rs.next()) {
                String slug = rs.getString(2);
                rows.add(new CategoryRow(rs.getLong(1), slug, Words.forSlug(slug, rs.getString(3))));
            }
        }
        return rows;
    }

    private Stats insertProducts(Connection connection, List<CategoryRow> categories, long firstId)
            throws SQLException {
        SplittableRandom random = new SplittableRandom(this.seed);
        Stats stats = new Stats();
        LocalDateTime untilUtc = LocalDateTime.ofInstant(this.until, ZoneOffset.UTC);
        try (PreparedStatement product =
                        connection.prepareStatement("INSERT INTO product (id, slug, title, description,"
                                + " price, image_url, category_id, stock, featured, active, created_at, updated_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement tag =
                        connection.prepareStatement("INSERT INTO product_tag (product_id, tag) VALUES (?, ?)")) {
            int inBatch = 0;
            int inTransaction = 0;
            for (int i = 0; i < this.products; i++) {
                long id = firstId + i;
                CategoryRow category = categories.isEmpty() ? null : categories.get(random.nextInt(categories.size()));
                Words.CategoryWords words = category != null ? category.words() : Words.GENERIC;
                String title = Words.title(words, random);
                String slug = Words.slug(title, id);
                String description = Words.description(title, words, random);
                BigDecimal price = price(random);
                int stock = random.nextInt(100) < 8 ? 0 : 1 + random.nextInt(200);
                boolean featured = random.nextInt(100) < 5;
                boolean active = random.nextInt(100) >= 2;
                long ageMicros = (long) (random.nextDouble() * SPAN_SECONDS * 1_000_000L);
                LocalDateTime createdAt = untilUtc.minus(ageMicros, ChronoUnit.MICROS);
                LocalDateTime updatedAt = random.nextInt(100) < 70
                        ? createdAt
                        : createdAt.plus((long) (random.nextDouble() * ageMicros), ChronoUnit.MICROS);
                Set<String> tags = Words.tags(words, random);

                product.setLong(1, id);
                product.setString(2, slug);
                product.setString(3, title);
                product.setString(4, description);
                product.setBigDecimal(5, price);
                product.setNull(6, Types.VARCHAR);
                if (category != null) {
                    product.setLong(7, category.id());
                } else {
                    product.setNull(7, Types.BIGINT);
                }
                product.setInt(8, stock);
                product.setBoolean(9, featured);
                product.setBoolean(10, active);
                product.setObject(11, createdAt);
                product.setObject(12, updatedAt);
                product.addBatch();
                for (String t : tags) {
                    tag.setLong(1, id);
                    tag.setString(2, t);
                    tag.addBatch();
                }
                stats.tags += tags.size();
                stats.featured += featured ? 1 : 0;
                stats.inactive += active ? 0 : 1;
                stats.soldOut += stock == 0 ? 1 : 0;

                inBatch++;
                inTransaction++;
                boolean last = i == this.products - 1;
                if (inBatch == this.batchSize || last) {
                    product.executeBatch();
                    tag.executeBatch();
                    inBatch = 0;
                }
                if (inTransaction == this.commitEvery || last) {
                    connection.commit();
                    inTransaction = 0;
                    System.out.printf(Locale.ROOT, "  %,d / %,d%n", i + 1, this.products);
                }
            }
        }
        return stats;
    }

    /**
     * A shop-like price from 4.99 to 1,999.00: log-uniform (many cheap, few dear products), ending
     * mostly in .99, sometimes in .00, .49 or any cents.
     */
    static BigDecimal price(SplittableRandom random) {
        double low = Math.log(4.99);
        double high = Math.log(1999.00);
        double value = Math.exp(low + random.nextDouble() * (high - low));
        long whole = (long) Math.floor(value);
        int ending = random.nextInt(100);
        int cents;
        if (ending < 60) {
            cents = 99;
        } else if (ending < 80) {
            cents = 0;
        } else if (ending < 90) {
            cents = 49;
        } else {
            cents = random.nextInt(100);
        }
        BigDecimal price = BigDecimal.valueOf(whole * 100 + cents, 2);
        if (price.compareTo(new BigDecimal("4.99")) < 0) {
            price = new BigDecimal("4.99");
        }
        if (price.compareTo(new BigDecimal("1999.00")) > 0) {
            price = new BigDecimal("1999.00");
        }
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }

    private record CategoryRow(long id, String slug, Words.CategoryWords words) {}

    private static final class Stats {

        long tags;

        long featured;

        long inactive;

        long soldOut;
    }

    /** The word lists titles, descriptions and tags are made of. */
    static final class Words {

        record CategoryWords(
                String slug, String name, String[] nouns, String[] materials, String[] features, String[] tags) {}

        // spotless:off: the word lists stay filled (one word a line would make them several times as long)
        static final String[] BRANDS = { "Aria", "Nordic", "Atlas", "Harbor", "Summit", "Juniper", "Vela", "Oakridge",
                "Lumen", "Brio", "Cobalt", "Tundra", "Maple & Co", "Kestrel", "Solace", "Ember", "Northwind", "Pioneer",
                "Halcyon", "Sable", "Terra", "Willow", "Zephyr", "Alder", "Corvid", "Fable", "Granite", "Ivy", "Lark",
                "Meridian", "Orbit", "Pebble", "Quill", "Ridge", "Saffron", "Tidal", "Umber", "Verde", "Wren", "Yarrow" };

        static final String[] ADJECTIVES = { "Classic", "Compact", "Deluxe", "Essential", "Everyday", "Premium",
                "Portable", "Ultralight", "Heavy-Duty", "Minimalist", "Vintage", "Modern", "Rustic", "Sleek", "Cozy",
                "Rugged", "Smart", "Foldable", "Adjustable", "Ergonomic", "Waterproof", "Wireless", "Handcrafted",
                "Eco", "Pro", "Mini", "Large", "Slim", "Soft", "Quiet", "Bright", "Stackable", "Travel", "Studio",
                "Signature", "Urban", "Coastal", "Alpine", "Heritage", "Artisan" };

        static final String[] GENERIC_TAGS = { "gift", "bestseller", "new", "eco-friendly", "sale", "limited-edition",
                "handmade", "premium", "travel", "bundle" };

        static final String[] SENTENCES = { "Built to last and backed by a two-year warranty.",
                "Ships in recyclable packaging within one business day.",
                "A favourite with our customers for everyday use.",
                "Easy to clean and designed to look good for years.",
                "Thoughtfully designed down to the last detail.",
                "Makes a great gift for friends and family.",
                "Tested by our team before it goes on sale.",
                "Pairs well with the rest of the collection.",
                "Free returns within 30 days if it is not right for you.",
                "Made in small batches by an independent workshop." };

        static final List<CategoryWords> CATEGORIES = List.of(
                new CategoryWords("audio", "Audio",
                        new String[] { "Headphones", "Earbuds", "Speaker", "Soundbar", "Turntable", "Amplifier",
                                "Microphone", "Radio", "Subwoofer", "Headset", "DAC", "Record Player", "Earphones",
                                "Bookshelf Speakers", "Boombox" },
                        new String[] { "Aluminium", "Walnut", "Fabric", "Carbon", "Matte Black", "Silver", "Bamboo",
                                "Leather", "Graphite", "Ceramic" },
                        new String[] { "active noise cancelling", "a 30-hour battery", "Bluetooth 5.3 pairing",
                                "deep, balanced bass", "a built-in microphone for calls", "a splash-proof shell",
                                "high-resolution audio support", "multipoint connection" },
                        new String[] { "wireless", "bluetooth", "noise-cancelling", "hi-fi", "portable", "bass",
                                "studio" }),
                new CategoryWords("computers-accessories", "Computers & Accessories",
                        new String[] { "Keyboard", "Mouse", "Monitor Stand", "USB-C Hub", "Laptop Sleeve", "Webcam",
                                "Docking Station", "Mouse Pad", "Laptop Stand", "Charger", "SSD", "Cable Organizer",
                                "Trackpad", "Desk Mat", "Power Bank" },
                        new String[] { "Aluminium", "Felt", "Leather", "Oak", "Steel", "Silicone", "Nylon", "Walnut",
                                "Polycarbonate", "Cork" },
                        new String[] { "mechanical switches", "USB-C power delivery", "a 4K camera sensor",
                                "an ergonomic shape", "a braided cable", "hot-swappable keys", "fast charging",
                                "a non-slip base" },
                        new String[] { "usb-c", "mechanical", "ergonomic", "office", "gaming", "laptop", "wireless" }),
                new CategoryWords("kitchen", "Kitchen",
                        new String[] { "Chef's Knife", "Cutting Board", "Dutch Oven", "Frying Pan", "Coffee Grinder",
                                "French Press", "Mixing Bowl", "Saucepan", "Tea Kettle", "Spice Rack", "Mug", "Teapot",
                                "Baking Sheet", "Salad Spinner", "Pour-Over Set" },
                        new String[] { "Cast Iron", "Stainless Steel", "Bamboo", "Ceramic", "Copper", "Glass", "Walnut",
                                "Enamel", "Stoneware", "Carbon Steel" },
                        new String[] { "an even heat spread", "a dishwasher-safe finish", "a comfortable handle",
                                "a non-stick coating", "a burr grinder", "a pour spout", "an induction-ready base",
                                "a lid that seals tightly" },
                        new String[] { "cookware", "coffee", "tea", "baking", "dishwasher-safe", "kitchen",
                                "cast-iron" }),
                new CategoryWords("home-living", "Home & Living",
                        new String[] { "Desk Lamp", "Floor Lamp", "Throw Blanket", "Cushion", "Vase", "Wall Clock",
                                "Candle", "Picture Frame", "Rug", "Bookshelf", "Side Table", "Mirror", "Plant Pot",
                                "Storage Basket", "Bedside Lamp" },
                        new String[] { "Oak", "Linen", "Wool", "Brass", "Marble", "Rattan", "Velvet", "Cotton",
                                "Terracotta", "Walnut" },
                        new String[] { "a dimmable warm light", "hand-woven detail", "a soft brushed finish",
                                "a solid wood frame", "a natural soy wax blend", "a silent sweep movement",
                                "a machine-washable cover", "a weighted base" },
                        new String[] { "lamp", "decor", "cozy", "bedroom", "living-room", "lighting", "wool" }),
                new CategoryWords("outdoor", "Outdoor",
                        new String[] { "Tent", "Sleeping Bag", "Backpack", "Camping Stove", "Headlamp", "Water Bottle",
                                "Hammock", "Trekking Poles", "Lantern", "Cooler", "Camp Chair", "Rain Jacket", "Daypack",
                                "Dry Bag", "Multi-Tool" },
                        new String[] { "Ripstop Nylon", "Titanium", "Aluminium", "Canvas", "Down", "Stainless Steel",
                                "Recycled Polyester", "Merino", "Gore-Tex", "Cordura" },
                        new String[] { "a waterproof shell", "a 3-season rating", "a packable design",
                                "a rechargeable battery", "taped seams", "an insulated double wall",
                                "a lifetime guarantee", "reflective details" },
                        new String[] { "camping", "hiking", "waterproof", "lightweight", "outdoor", "backpacking",
                                "travel" }),
                new CategoryWords("fitness", "Fitness",
                        new String[] { "Yoga Mat", "Dumbbell Set", "Kettlebell", "Resistance Bands", "Jump Rope",
                                "Foam Roller", "Pull-Up Bar", "Exercise Bike", "Gym Bag", "Fitness Tracker",
                                "Running Shoes", "Ab Wheel", "Weight Bench", "Massage Gun", "Medicine Ball" },
                        new String[] { "Cork", "Rubber", "Neoprene", "Cast Iron", "Natural Latex", "Steel", "TPE",
                                "Leather", "Mesh", "Foam" },
                        new String[] { "a non-slip grip", "adjustable resistance", "a heart-rate sensor",
                                "a sweat-proof finish", "a compact footprint", "a carrying strap",
                                "a cushioned sole", "quick-change plates" },
                        new String[] { "yoga", "strength", "cardio", "home-gym", "running", "recovery",
                                "training" }),
                new CategoryWords("books-stationery", "Books & Stationery",
                        new String[] { "Notebook", "Fountain Pen", "Planner", "Sketchbook", "Journal", "Pencil Set",
                                "Desk Organizer", "Bookends", "Cookbook", "Novel", "Field Guide", "Watercolor Set",
                                "Letter Set", "Bullet Journal", "Calligraphy Kit" },
                        new String[] { "Leather", "Linen", "Recycled Paper", "Brass", "Walnut", "Kraft", "Cotton",
                                "Cork", "Hardcover", "Dot-Grid" },
                        new String[] { "fountain-pen friendly paper", "a lay-flat binding", "a ribbon bookmark",
                                "an elastic closure", "acid-free pages", "a refillable cartridge",
                                "a numbered index", "a hand-stitched spine" },
                        new String[] { "writing", "paper", "notebook", "art", "reading", "office", "journal" }),
                new CategoryWords("toys-games", "Toys & Games",
                        new String[] { "Board Game", "Puzzle", "Building Blocks", "Card Game", "Plush Bear",
                                "Kite", "Train Set", "Marble Run", "Chess Set", "Dollhouse", "Robot Kit",
                                "Science Kit", "Wooden Blocks", "Drone", "Yo-Yo" },
                        new String[] { "Wooden", "Beech", "Cardboard", "Felt", "Plush", "Recycled Plastic", "Maple",
                                "Cotton", "Tin", "Bamboo" },
                        new String[] { "1,000 pieces", "rules for 2 to 6 players", "non-toxic paints",
                                "a storage box", "rechargeable batteries", "step-by-step instructions",
                                "rounded safe edges", "an award-winning design" },
                        new String[] { "kids", "family", "puzzle", "educational", "stem", "party",
                                "strategy" }),
                new CategoryWords("garden", "Garden",
                        new String[] { "Watering Can", "Pruning Shears", "Planter", "Garden Hose", "Raised Bed",
                                "Bird Feeder", "Trowel", "Seed Starter Kit", "Compost Bin", "Garden Gloves",
                                "Wheelbarrow", "Rake", "Solar Light", "Trellis", "Hose Reel" },
                        new String[] { "Galvanised Steel", "Cedar", "Terracotta", "Stainless Steel", "Recycled Plastic",
                                "Ash", "Zinc", "Copper", "Jute", "Acacia" },
                        new String[] { "a rust-proof finish", "a comfortable grip", "UV-resistant material",
                                "a built-in drainage tray", "a self-watering reservoir", "a kink-free hose",
                                "a solar-powered cell", "a foldable frame" },
                        new String[] { "garden", "plants", "watering", "outdoor", "tools", "solar", "compost" }),
                new CategoryWords("beauty-personal-care", "Beauty & Personal Care",
                        new String[] { "Hair Dryer", "Face Serum", "Shaving Kit", "Electric Toothbrush", "Moisturizer",
                                "Makeup Brush Set", "Hair Straightener", "Bath Towel", "Soap Bar", "Beard Oil",
                                "Lip Balm", "Body Lotion", "Cosmetic Bag", "Nail Kit", "Diffuser" },
                        new String[] { "Argan", "Shea", "Charcoal", "Bamboo", "Ceramic", "Organic Cotton", "Lavender",
                                "Rose", "Eucalyptus", "Aloe" },
                        new String[] { "a fragrance-free formula", "ionic drying technology", "vegan ingredients",
                                "a travel-size case", "a two-minute timer", "cruelty-free testing",
                                "sensitive-skin friendly care", "a refillable bottle" },
                        new String[] { "skincare", "haircare", "vegan", "organic", "grooming", "spa",
                                "natural" }),
                new CategoryWords("pet-supplies", "Pet Supplies",
                        new String[] { "Dog Bed", "Cat Tree", "Leash", "Pet Bowl", "Chew Toy", "Scratching Post",
                                "Pet Carrier", "Harness", "Litter Box", "Grooming Brush", "Pet Fountain", "Collar",
                                "Treat Pouch", "Cat Toy", "Travel Crate" },
                        new String[] { "Rope", "Canvas", "Stainless Steel", "Sisal", "Faux Fur", "Nylon", "Leather",
                                "Natural Rubber", "Bamboo", "Fleece" },
                        new String[] { "a machine-washable cover", "a non-tip base", "a reflective trim",
                                "chew-resistant stitching", "a quiet pump", "an adjustable fit",
                                "an orthopedic foam core", "a quick-release buckle" },
                        new String[] { "dog", "cat", "pets", "walking", "grooming", "chew", "puppy" }),
                new CategoryWords("clothing-accessories", "Clothing & Accessories",
                        new String[] { "Sweater", "Scarf", "Beanie", "Wallet", "Sunglasses", "Watch", "Tote Bag",
                                "Belt", "Rain Boots", "Gloves", "Socks", "T-Shirt", "Cardigan", "Backpack", "Cap" },
                        new String[] { "Merino", "Cashmere", "Leather", "Organic Cotton", "Linen", "Denim", "Wool",
                                "Canvas", "Suede", "Silk" },
                        new String[] { "a relaxed fit", "reinforced seams", "a water-resistant finish",
                                "RFID blocking", "polarized lenses", "a sapphire crystal", "breathable fabric",
                                "a lifetime repair promise" },
                        new String[] { "fashion", "winter", "summer", "unisex", "leather", "wool", "style" }));

        static final CategoryWords GENERIC = new CategoryWords("general", "General",
                new String[] { "Organizer", "Gift Set", "Starter Kit", "Bundle", "Set", "Case", "Box", "Stand" },
                new String[] { "Oak", "Steel", "Cotton", "Bamboo", "Glass", "Leather", "Ceramic", "Aluminium" },
                new String[] { "a durable build", "a compact design", "a timeless look", "a soft finish" },
                new String[] { "home", "everyday", "essentials" });
        // spotless:on

        /** The word lists for a category slug; an unknown category gets generic nouns and its name as a tag. */
        static CategoryWords forSlug(String slug, String name) {
            for (CategoryWords category : CATEGORIES) {
                if (category.slug().equals(slug)) {
                    return category;
                }
            }
            return new CategoryWords(
                    slug, name, GENERIC.nouns(), GENERIC.materials(), GENERIC.features(), new String[] {
                        slug.length() > 50 ? slug.substring(0, 50) : slug, "home", "everyday"
                    });
        }

        private static String pick(String[] words, SplittableRandom random) {
            return words[random.nextInt(words.length)];
        }

        /** e.g. "Nordic Classic Walnut Desk Lamp", "Atlas Ripstop Nylon Tent", "Lumen Portable Speaker". */
        static String title(CategoryWords words, SplittableRandom random) {
            String brand = pick(BRANDS, random);
            String adjective = pick(ADJECTIVES, random);
            String material = pick(words.materials(), random);
            String noun = pick(words.nouns(), random);
            return switch (random.nextInt(4)) {
                case 0 -> brand + " " + adjective + " " + material + " " + noun;
                case 1 -> brand + " " + material + " " + noun;
                case 2 -> brand + " " + adjective + " " + noun;
                default -> adjective + " " + material + " " + noun;
            };
        }

        /** A slug from the title, made unique by the product id: "nordic-classic-walnut-desk-lamp-48213". */
        static String slug(String title, long id) {
            String base = title.toLowerCase(Locale.ROOT)
                    .replace("&", "and")
                    .replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            String suffix = "-" + id;
            if (base.length() + suffix.length() > 120) {
                base = base.substring(0, 120 - suffix.length()).replaceAll("-+$", "");
            }
            return base + suffix;
        }

        static String description(String title, CategoryWords words, SplittableRandom random) {
            StringBuilder text = new StringBuilder();
            String feature = pick(words.features(), random);
            String other = pick(words.features(), random);
            text.append("The ").append(title).append(" comes with ").append(feature);
            if (!other.equals(feature)) {
                text.append(" and ").append(other);
            }
            text.append(". ");
            text.append("Made of ")
                    .append(pick(words.materials(), random).toLowerCase(Locale.ROOT))
                    .append(" with a ")
                    .append(pick(ADJECTIVES, random).toLowerCase(Locale.ROOT))
                    .append(" look, from our ")
                    .append(words.name())
                    .append(" range. ");
            int sentences = 1 + random.nextInt(3);
            int start = random.nextInt(SENTENCES.length);
            for (int i = 0; i < sentences; i++) {
                text.append(SENTENCES[(start + i * 3) % SENTENCES.length]).append(' ');
            }
            return text.toString().trim();
        }

        /** 1 to 4 distinct tags, mostly from the category, sometimes generic. */
        static Set<String> tags(CategoryWords words, SplittableRandom random) {
            int wanted = 1 + random.nextInt(4);
            Set<String> tags = new LinkedHashSet<>();
            int attempts = 0;
            while (tags.size() < wanted && attempts++ < 20) {
                tags.add(random.nextInt(4) == 0 ? pick(GENERIC_TAGS, random) : pick(words.tags(), random));
            }
            return tags;
        }

        private Words() {}
    }
}
