package dev.storefront.catalog;

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
		Long numericId = CatalogController.parseId(id);
		return this.admin.update((numericId != null) ? numericId : CatalogAdmin.NO_SUCH_ID, input);
	}

	@MutationMapping
	DeleteProductPayload deleteProduct(@Argument String id) {
		Long numericId = CatalogController.parseId(id);
		return this.admin.delete((numericId != null) ? numericId : CatalogAdmin.NO_SUCH_ID);
	}

}
