package dev.storefront.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A group of products. */
@Entity
@Table(name = "category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	@KeywordField(aggregable = Aggregable.YES)
	private String slug;

	@Column(nullable = false, length = 100)
	@FullTextField(analyzer = ProductIndex.TEXT)
	private String name;

	protected Category() {
	}

	Category(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	CategoryView toView() {
		return new CategoryView(this.id, this.slug, this.name);
	}

}
