-- The catalog. Portable across MySQL 8.4, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE category (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    slug VARCHAR(100) NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_slug UNIQUE (slug)
);

CREATE TABLE product (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(120)   NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    description VARCHAR(4000)  NOT NULL,
    price       DECIMAL(12, 2) NOT NULL,
    image_url   VARCHAR(2048),
    category_id BIGINT,
    stock       INT            NOT NULL,
    featured    BOOLEAN        NOT NULL,
    active      BOOLEAN        NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    version     BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id)
);

-- One index per sort, led by the "on sale" flag every shop query filters on, ending in the
-- id tiebreak, so a keyset page is an index range scan however deep it is.
CREATE INDEX ix_product_active_newest ON product (active, created_at, id);
CREATE INDEX ix_product_active_price ON product (active, price, id);
CREATE INDEX ix_product_active_title ON product (active, title, id);
CREATE INDEX ix_product_category_active ON product (category_id, active);

CREATE TABLE product_tag (
    product_id BIGINT      NOT NULL,
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (product_id, tag),
    CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);
CREATE INDEX ix_product_tag_tag ON product_tag (tag);
