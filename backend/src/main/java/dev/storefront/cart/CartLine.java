package dev.storefront.cart;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A product in a cart and how many of it. The price is read from the catalog, never stored. */
@Entity
@Table(name = "cart_line")
class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {}

    CartLine(Cart cart, long productId, int quantity, Instant addedAt) {
        this.cart = cart;
        this.productId = productId;
        this.quantity = quantity;
        this.addedAt = addedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    long getId() {
        return this.id;
    }

    Cart getCart() {
        return this.cart;
    }

    long getProductId() {
        return this.productId;
    }

    int getQuantity() {
        return this.quantity;
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
