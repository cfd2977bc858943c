-- Carts and their lines. A cart belongs to a session ("session:<id>", customer_id null) or to a
-- customer ("customer:<id>"); the unique owner key makes concurrent first writes share one cart.
CREATE TABLE cart (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    owner_key   VARCHAR(100) NOT NULL,
    customer_id BIGINT,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cart_owner_key UNIQUE (owner_key),
    CONSTRAINT fk_cart_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
-- For the clean-up of abandoned anonymous carts.
CREATE INDEX ix_cart_updated_at ON cart (updated_at);

CREATE TABLE cart_line (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    cart_id    BIGINT      NOT NULL,
    product_id BIGINT      NOT NULL,
    quantity   INT         NOT NULL,
    added_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cart_line_product UNIQUE (cart_id, product_id),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_line_product FOREIGN KEY (product_id) REFERENCES product (id)
);
