package dev.storefront.search;

import dev.storefront.StorefrontTest;

/** Search, on the MySQL-compatible server the other backend tests use. */
@StorefrontTest
class SearchOnMariaDbTests extends SearchBehaviour {}
