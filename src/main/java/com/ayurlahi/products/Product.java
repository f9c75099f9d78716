package com.ayurlahi.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * A product a manufacturer sells. Its stock is never written from here: it is set when
 * the product is created and afterwards only changed by conditional updates in the
 * database ({@link ProductStock}), so an edit of the name can't overwrite a reservation
 * made meanwhile. A product that was ever ordered is archived, never erased; an archived
 * product can't be changed or sold again.
 */
@Entity
@Table(name = "products")
class Product {

	/** A new product's low-stock level (the column's default too). */
	static final int DEFAULT_LOW_STOCK_THRESHOLD = 10;

	private static final int SEARCH_TEXT_LENGTH = 1500;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "manufacturer_id", updatable = false)
	private UUID manufacturerId;

	private String name;

	private String sku;

	@Column(name = "hsn_code")
	private String hsnCode;

	@Column(name = "gst_rate")
	private BigDecimal gstRate;

	@Column(name = "unit_price")
	private BigDecimal unitPrice;

	private BigDecimal mrp;

	@Column(name = "pack_size")
	private String packSize;

	@Enumerated(EnumType.STRING)
	@Column(name = "dosage_form")
	private DosageForm dosageForm;

	private String composition;

	private @Nullable String description;

	@Column(name = "min_order_quantity")
	private int minOrderQuantity;

	@Column(name = "stock_quantity", updatable = false)
	private int stockQuantity;

	@Column(name = "low_stock_threshold")
	private int lowStockThreshold = DEFAULT_LOW_STOCK_THRESHOLD;

	private boolean active;

	@Column(name = "medical_supervision")
	private boolean medicalSupervision;

	@Column(name = "ever_ordered", insertable = false, updatable = false)
	private boolean everOrdered;

	@Column(name = "archived_at")
	private @Nullable Instant archivedAt;

	@Column(name = "search_text")
	private String searchText;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	Product(UUID manufacturerId, String sellerName, ProductDetails details, int stockQuantity, Instant now) {
		this.id = UUID.randomUUID();
		this.manufacturerId = manufacturerId;
		this.stockQuantity = stockQuantity;
		this.active = true;
		this.createdAt = now;
		apply(details, sellerName, now);
	}

	protected Product() {
		// for JPA
	}

	void update(ProductDetails details, String sellerName, Instant now) {
		requireNotArchived();
		apply(details, sellerName, now);
	}

	/** A new price from a stock import; the MRP rule holds as for any change. */
	void reprice(BigDecimal newUnitPrice, String sellerName, Instant now) {
		update(details().withUnitPrice(newUnitPrice), sellerName, now);
	}

	/**
	 * Sets the stock level at or below which the product shows on its manufacturer's
	 * dashboard as running low.
	 */
	void setLowStockThreshold(int threshold, Instant now) {
		requireNotArchived();
		this.lowStockThreshold = threshold;
		this.updatedAt = now;
	}

	int getLowStockThreshold() {
		return lowStockThreshold;
	}

	void setActive(boolean active, Instant now) {
		requireNotArchived();
		this.active = active;
		this.updatedAt = now;
	}

	void archive(Instant now) {
		requireNotArchived();
		this.active = false;
		this.archivedAt = now;
		this.updatedAt = now;
	}

	/** Follows a change of the manufacturer's name, which clinics search by too. */
	void sellerRenamed(String sellerName) {
		this.searchText = searchText(sellerName);
	}

	private void apply(ProductDetails details, String sellerName, Instant now) {
		this.name = details.name();
		this.sku = details.sku();
		this.hsnCode = details.hsnCode();
		this.gstRate = details.gstRate();
		this.unitPrice = details.unitPrice();
		this.mrp = details.mrp();
		this.packSize = details.packSize();
		this.dosageForm = details.dosageForm();
		this.composition = details.composition();
		this.description = details.description();
		this.minOrderQuantity = details.minOrderQuantity();
		this.medicalSupervision = details.medicalSupervision();
		this.searchText = searchText(sellerName);
		this.updatedAt = now;
	}

	private String searchText(String sellerName) {
		String text = String.join(" ", name, sku, composition, sellerName).toLowerCase(Locale.ROOT);
		return text.length() <= SEARCH_TEXT_LENGTH ? text : text.substring(0, SEARCH_TEXT_LENGTH);
	}

	private void requireNotArchived() {
		if (archivedAt != null) {
			throw new ConflictException("This product was deleted; its past orders keep it, but it can't be changed.");
		}
	}

	/**
	 * The fields as the audit log compares them before and after a change (stock is
	 * audited where it changes).
	 */
	Map<String, @Nullable Object> auditedFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("sku", sku);
		fields.put("hsnCode", hsnCode);
		fields.put("gstRate", gstRate.toPlainString());
		fields.put("unitPrice", unitPrice.toPlainString());
		fields.put("mrp", mrp.toPlainString());
		fields.put("packSize", packSize);
		fields.put("dosageForm", dosageForm);
		fields.put("composition", composition);
		fields.put("description", description);
		fields.put("minOrderQuantity", minOrderQuantity);
		fields.put("medicalSupervision", medicalSupervision);
		fields.put("active", active);
		fields.put("archived", archivedAt != null);
		return fields;
	}

	ProductDetails details() {
		return new ProductDetails(name, sku, hsnCode, gstRate, unitPrice, mrp, packSize, dosageForm, composition,
				description, minOrderQuantity, medicalSupervision);
	}

	/**
	 * The stock as read with the entity; it may have changed since (see
	 * {@link ProductStock}).
	 */
	int stockWhenLoaded() {
		return stockQuantity;
	}

	UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	UUID getManufacturerId() {
		return manufacturerId;
	}

	String getName() {
		return name;
	}

	String getSku() {
		return sku;
	}

	BigDecimal getUnitPrice() {
		return unitPrice;
	}

	BigDecimal getMrp() {
		return mrp;
	}

	boolean isActive() {
		return active;
	}

	boolean isArchived() {
		return archivedAt != null;
	}

	boolean isEverOrdered() {
		return everOrdered;
	}

}
