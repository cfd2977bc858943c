-- Orders and what they bought, kept as bought: a line copies the product's title, slug and price
-- and has no foreign key to the product, so changing, archiving or deleting a product never
-- changes an order. "order" is a reserved word, hence customer_order.
CREATE TABLE customer_order (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    number              VARCHAR(20)    NOT NULL,
    customer_id         BIGINT,
    -- Who may replay idempotency_key: "customer:<id>", or "cart:<id>" for a guest's session cart.
    scope_key           VARCHAR(100)   NOT NULL,
    idempotency_key     VARCHAR(100)   NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    email               VARCHAR(254)   NOT NULL,
    ship_name           VARCHAR(100)   NOT NULL,
    ship_line1          VARCHAR(200)   NOT NULL,
    ship_line2          VARCHAR(200),
    ship_city           VARCHAR(100)   NOT NULL,
    ship_postal_code    VARCHAR(20)    NOT NULL,
    ship_region         VARCHAR(100),
    ship_country        VARCHAR(2)     NOT NULL,
    subtotal            DECIMAL(14, 2) NOT NULL,
    shipping            DECIMAL(14, 2) NOT NULL,
    tax                 DECIMAL(14, 2) NOT NULL,
    total               DECIMAL(14, 2) NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    payment_method      VARCHAR(40)    NOT NULL,
    placed_at           DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_order_number UNIQUE (number),
    CONSTRAINT uk_customer_order_idempotency UNIQUE (scope_key, idempotency_key),
    -- A deleted account's orders stay (the shop's books need them) and become guest orders.
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE SET NULL
);
-- Newest first, keyset-paged: a customer's history, the admin list, and its status and email filters.
CREATE INDEX ix_customer_order_customer ON customer_order (customer_id, placed_at, id);
CREATE INDEX ix_customer_order_placed ON customer_order (placed_at, id);
CREATE INDEX ix_customer_order_status ON customer_order (status, placed_at, id);
CREATE INDEX ix_customer_order_email ON customer_order (email, placed_at, id);

CREATE TABLE order_line (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    order_id    BIGINT         NOT NULL,
    position    INT            NOT NULL,
    product_id  BIGINT         NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    slug        VARCHAR(120)   NOT NULL,
    unit_price  DECIMAL(12, 2) NOT NULL,
    quantity    INT            NOT NULL,
    line_total  DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_line_position UNIQUE (order_id, position),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id) ON DELETE CASCADE
);

-- Checkout takes stock under a row lock and never below zero; the database refuses it too.
ALTER TABLE product ADD CONSTRAINT ck_product_stock CHECK (stock >= 0);
