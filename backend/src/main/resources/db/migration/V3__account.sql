-- Customer accounts and their roles.
CREATE TABLE customer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_email UNIQUE (email)
);

CREATE TABLE customer_role (
    customer_id BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (customer_id, role),
    CONSTRAINT fk_customer_role_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
