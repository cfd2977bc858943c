package dev.storefront;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules keep to their lanes: none reaches into another's internals. */
class ModularityTests {

    @Test
    void modulesKeepToTheirPublicApis() {
        ApplicationModules.of(StorefrontApplication.class).verify();
    }
}
