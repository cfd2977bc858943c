/**
 * Accounts: customers, their roles, registration, signing in and out, the session and the web
 * security around the API. Other modules use {@link dev.storefront.account.Accounts} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package dev.storefront.account;
