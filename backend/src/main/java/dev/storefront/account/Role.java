package dev.storefront.account;

/** What a customer may do. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    SHOPPER,
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
