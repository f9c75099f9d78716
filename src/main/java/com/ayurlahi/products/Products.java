package com.ayurlahi.products;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Products extends JpaRepository<Product, UUID> {

	boolean existsByManufacturerIdAndSku(UUID manufacturerId, String sku);

	boolean existsByManufacturerIdAndSkuAndIdNot(UUID manufacturerId, String sku, UUID id);

	Stream<Product> findByManufacturerId(UUID manufacturerId);

	List<Product> findByManufacturerIdAndSkuIn(UUID manufacturerId, Collection<String> skus);

	/**
	 * Erases a product unless an order took it meanwhile (which waits for, or wins over,
	 * this statement).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("delete from Product p where p.id = :id and p.everOrdered = false")
	int deleteIfNeverOrdered(UUID id);

}
