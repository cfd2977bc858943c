package dev.storefront.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of products. */
@Entity
@Table(name = "category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String slug;

	@Column(nullable = false, length = 100)
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
