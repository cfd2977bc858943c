package dev.storefront.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * On a method with a {@link ProductFilter} parameter named {@code filter}: a filter that includes
 * inactive (archived) products is for admins only, the role {@link CatalogAdmin} requires. Method
 * security enforces it whoever calls, so every way to inactive products (lists, counts, search)
 * answers alike: anonymous callers get UNAUTHORIZED, shoppers FORBIDDEN.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("!#filter.includesInactive() or hasRole('ADMIN')")
public @interface InactiveForAdminsOnly {}
