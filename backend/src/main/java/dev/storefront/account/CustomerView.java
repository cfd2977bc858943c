package dev.storefront.account;

import java.time.OffsetDateTime;
import java.util.List;

/** A customer account as the rest of the application sees it; never the password. */
public record CustomerView(long id, String email, String name, List<Role> roles, OffsetDateTime createdAt) {}
