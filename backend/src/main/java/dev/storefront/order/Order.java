package dev.storefront.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A placed order. Everything but its status is written once, when it is placed: the lines,
 * the amounts and the address are what the shopper bought, whatever the catalog does later.
 */
@Entity
@Table(name = "customer_order")
class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "customer_id")
    private @Nullable Long customerId;

    @Column(name = "scope_key", nullable = false, length = 100)
    private String scopeKey;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(nullable = false, length = 254)
    private String email;

    @Embedded
    private ShippingAddress shippingAddress;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal shipping;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal tax;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_method", nullable = false, length = 40)
    private String paymentMethod;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {}

    /**
     * A new order, {@code PLACED} now, without lines yet ({@link #addLine}).
     * @param scopeKey who may replay the idempotency key: {@code customer:<id>} or {@code cart:<id>}
     */
    Order(
            String number,
            @Nullable Long customerId,
            String scopeKey,
            String idempotencyKey,
            String email,
            ShippingAddress shippingAddress,
            OrderAmounts amounts,
            String paymentMethod,
            Instant now) {
        this.number = number;
        this.customerId = customerId;
        this.scopeKey = scopeKey;
        this.idempotencyKey = idempotencyKey;
        this.status = OrderStatus.PLACED;
        this.email = email;
        this.shippingAddress = shippingAddress;
        this.subtotal = amounts.subtotal();
        this.shipping = amounts.shipping();
        this.tax = amounts.tax();
        this.total = amounts.total();
        this.currency = amounts.currency();
        this.paymentMethod = paymentMethod;
        // Milliseconds: what the DateTime scalar writes, so a cursor's timestamp compares equal.
        this.placedAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.updatedAt = this.placedAt;
    }

    void addLine(long productId, String title, String slug, BigDecimal unitPrice, int quantity) {
        this.lines.add(new OrderLine(this, this.lines.size(), productId, title, slug, unitPrice, quantity));
    }

    /** Moves the order on; the caller has checked {@link OrderStatus#canBecome}. */
    void moveTo(OrderStatus next, Instant now) {
        if (!this.status.canBecome(next)) {
            throw new IllegalStateException(this.status + " can't become " + next);
        }
        this.status = next;
        this.updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    Long getId() {
        return this.id;
    }

    String getNumber() {
        return this.number;
    }

    @Nullable
    Long getCustomerId() {
        return this.customerId;
    }

    String getScopeKey() {
        return this.scopeKey;
    }

    String getIdempotencyKey() {
        return this.idempotencyKey;
    }

    OrderStatus getStatus() {
        return this.status;
    }

    String getEmail() {
        return this.email;
    }

    ShippingAddress getShippingAddress() {
        return this.shippingAddress;
    }

    OrderAmounts getAmounts() {
        return new OrderAmounts(this.subtotal, this.shipping, this.tax, this.total, this.currency);
    }

    String getPaymentMethod() {
        return this.paymentMethod;
    }

    Instant getPlacedAt() {
        return this.placedAt;
    }

    Instant getUpdatedAt() {
        return this.updatedAt;
    }

    List<OrderLine> getLines() {
        return this.lines;
    }
}
