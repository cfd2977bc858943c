/**
 * What every feature shares: money, the shop's settings, GraphQL scalars, error
 * classification and serving the single-page app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package dev.storefront.shared;
