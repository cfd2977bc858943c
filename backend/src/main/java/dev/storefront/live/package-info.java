/**
 * Live updates' plumbing: how an event that a feature publishes after a commit reaches the
 * subscribers of every instance ({@link dev.storefront.live.LiveEvents}: in-process, or Redis
 * pub/sub), and how many streams a visitor may hold ({@link dev.storefront.live.LiveSubscriptions}).
 * What an event means, and what each subscriber may see of it, is the publishing feature's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live", allowedDependencies = "shared")
package dev.storefront.live;
