-- A category's own short description, shown under its name on its landing page and as the
-- page's meta description. Nullable: categories made before this (and any made by hand later)
-- have none until someone writes one, and the shop then says nothing rather than make one up.
-- Plain ADD COLUMN, so one file serves MySQL 8.4, MariaDB 10.11 and H2 in MySQL mode alike.
ALTER TABLE category ADD COLUMN description VARCHAR(500);
