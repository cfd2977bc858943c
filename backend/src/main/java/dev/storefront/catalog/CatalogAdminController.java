package dev.storefront.catalog;

import dev.storefront.shared.Ids;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The admin mutations; {@link CatalogAdmin} decides who may run them. */
@Controller
class CatalogAdminController {

    private final CatalogAdmin admin;

    CatalogAdminController(CatalogAdmin admin) {
        this.admin = admin;
    }

    @MutationMapping
    ProductPayload createProduct(@Argument ProductDraft input) {
        return this.admin.create(input);
    }

    @MutationMapping
    ProductPayload updateProduct(@Argument String id, @Argument ProductChanges input) {
        return this.admin.update(Ids.parseOrNone(id), input);
    }

    @MutationMapping
    DeleteProductPayload deleteProduct(@Argument String id) {
        return this.admin.delete(Ids.parseOrNone(id));
    }
}
