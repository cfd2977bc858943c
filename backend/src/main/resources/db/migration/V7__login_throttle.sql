-- Sign-in attempts per canonical email and per client address, shared by every instance.
-- The key is the SHA-256 (hex) of "email:<email>" or "client:<address>"; expires_at (epoch
-- milliseconds) ends the row's window, after which the clean-up job deletes it.
CREATE TABLE login_throttle (
    throttle_key CHAR(64) NOT NULL,
    attempts     INT      NOT NULL,
    expires_at   BIGINT   NOT NULL,
    PRIMARY KEY (throttle_key)
);

CREATE INDEX ix_login_throttle_expires_at ON login_throttle (expires_at);
