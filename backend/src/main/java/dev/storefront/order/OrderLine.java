package dev.storefront.order;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One product of an order, copied from the catalog when the order was placed. Never changes. */
@Entity
@Table(name = "order_line")
class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(nullable = false)
    private int position;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "line_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal lineTotal;

    protected OrderLine() {}

    OrderLine(
            Order order, int position, long productId, String title, String slug, BigDecimal unitPrice, int quantity) {
        this.order = order;
        this.position = position;
        this.productId = productId;
        this.title = title;
        this.slug = slug;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    int getPosition() {
        return this.position;
    }

    long getProductId() {
        return this.productId;
    }

    String getTitle() {
        return this.title;
    }

    String getSlug() {
        return this.slug;
    }

    BigDecimal getUnitPrice() {
        return this.unitPrice;
    }

    int getQuantity() {
        return this.quantity;
    }

    BigDecimal getLineTotal() {
        return this.lineTotal;
    }
}
