package dev.storefront.cart;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A cart: a session's (anonymous) or a customer's. Rows are created by an upsert on the owner key. */
@Entity
@Table(name = "cart")
class Cart {

    private static final String SESSION_PREFIX = "session:";

    @Id
    private Long id;

    @Column(name = "owner_key", nullable = false, length = 100)
    private String ownerKey;

    @Column(name = "customer_id")
    private @Nullable Long customerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    protected Cart() {}

    static String sessionKey(String sessionId) {
        return SESSION_PREFIX + sessionId;
    }

    static String customerKey(long customerId) {
        return "customer:" + customerId;
    }

    Long getId() {
        return this.id;
    }

    /** The id of the session an anonymous cart belongs to, or null for a customer's cart. */
    @Nullable
    String getSessionId() {
        return this.ownerKey.startsWith(SESSION_PREFIX) ? this.ownerKey.substring(SESSION_PREFIX.length()) : null;
    }

    @Nullable
    Long getCustomerId() {
        return this.customerId;
    }

    boolean isAnonymous() {
        return this.customerId == null;
    }

    Instant getUpdatedAt() {
        return this.updatedAt;
    }

    List<CartLine> getLines() {
        return this.lines;
    }

    Optional<CartLine> line(long lineId) {
        return this.lines.stream().filter((line) -> line.getId() == lineId).findFirst();
    }

    Optional<CartLine> lineFor(long productId) {
        return this.lines.stream()
                .filter((line) -> line.getProductId() == productId)
                .findFirst();
    }

    CartLine add(long productId, int quantity, Instant now) {
        CartLine line = new CartLine(this, productId, quantity, now);
        this.lines.add(line);
        return line;
    }

    void remove(CartLine line) {
        this.lines.remove(line);
    }

    void clear() {
        this.lines.clear();
    }

    /** Hands an anonymous cart to the customer who just signed in. */
    void assignTo(long customerId) {
        this.customerId = customerId;
        this.ownerKey = customerKey(customerId);
    }

    void touch(Instant now) {
        this.updatedAt = changeTime(now);
    }

    /** A change's time as a cart keeps it: to the millisecond. */
    static Instant changeTime(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }
}
