package com.ayurlahi.products;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.products.StockImportPreview.Row;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Stock (and optionally prices) for many products at once from a CSV file with the
 * columns {@code sku, stock[, unitPrice]} (a header line naming them is skipped). The
 * preview reports every row and every problem; applying checks the file again and changes
 * all rows or, when any row is wrong, none.
 */
@Service
@Transactional
public class StockImport {

	/** The largest file accepted, in characters. */
	public static final int MAX_LENGTH = 256 * 1024;

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();

	private final ProductCatalog catalog;

	private final ProductListing listing;

	private final Products products;

	private final ProductStock stock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StockImport(ProductCatalog catalog, ProductListing listing, Products products, ProductStock stock,
			ApplicationEventPublisher events, Clock clock) {
		this.catalog = catalog;
		this.listing = listing;
		this.products = products;
		this.stock = stock;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StockImportPreview preview(AuthenticatedUser owner, String csv) {
		return check(catalog.ownManufacturer(owner), csv);
	}

	/**
	 * Applies the file in one transaction.
	 * @return how many products changed
	 * @throws InvalidInputException (field {@code file}) when any row is wrong; nothing
	 * changes then
	 */
	public int apply(AuthenticatedUser owner, String csv) {
		Manufacturer manufacturer = catalog.ownManufacturer(owner);
		StockImportPreview preview = check(manufacturer, csv);
		if (!preview.applicable()) {
			throw new InvalidInputException("file", "The file has problems (see the preview); nothing was changed.");
		}
		Map<String, Product> bySku = productsBySku(manufacturer.getId(),
				preview.rows().stream().map(Row::sku).toList());
		String sellerName = listing.sellerName(manufacturer.getId());
		int changed = 0;
		for (Row row : preview.rows()) {
			Product product = bySku.get(row.sku());
			AuditedChange change = AuditedChange.of("PRODUCT_STOCK_IMPORTED", ProductListing.ENTITY, product.getId())
				.by(ProductListing.actor(owner));
			int before = stock.current(product.getId());
			stock.set(product.getId(), null, Objects.requireNonNull(row.stock()));
			change.field("stockQuantity", before, row.stock());
			if (row.changesPrice()) {
				BigDecimal oldPrice = product.getUnitPrice();
				product.reprice(row.unitPrice(), sellerName, clock.instant());
				change.field("unitPrice", oldPrice.toPlainString(), product.getUnitPrice().toPlainString());
			}
			if (change.hasChanges()) {
				events.publishEvent(change);
				changed++;
			}
		}
		products.flush();
		return changed;
	}

	private StockImportPreview check(Manufacturer manufacturer, String csv) {
		if (csv.isBlank()) {
			return new StockImportPreview(List.of(), List.of("The file is empty."));
		}
		if (csv.length() > MAX_LENGTH) {
			return new StockImportPreview(List.of(),
					List.of("The file is larger than 256 KB; split it into smaller files."));
		}
		List<CSVRecord> records;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(FORMAT).get()) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
			return new StockImportPreview(List.of(), List.of("The file is not a readable CSV file: check its quotes."));
		}
		if (!records.isEmpty() && "sku".equalsIgnoreCase(records.getFirst().get(0))) {
			records = records.subList(1, records.size());
		}
		if (records.isEmpty()) {
			return new StockImportPreview(List.of(), List.of("The file has no rows besides its header."));
		}
		if (records.size() > StockImportPreview.MAX_ROWS) {
			return new StockImportPreview(List.of(), List.of("The file has " + records.size() + " rows; at most "
					+ StockImportPreview.MAX_ROWS + " are taken at once."));
		}
		Map<String, Product> bySku = productsBySku(manufacturer.getId(),
				records.stream().map(record -> record.get(0).toUpperCase(Locale.ROOT)).collect(Collectors.toSet()));
		Map<String, Long> firstLine = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (CSVRecord record : records) {
			rows.add(row(record, bySku, firstLine));
		}
		return new StockImportPreview(rows, List.of());
	}

	private static Row row(CSVRecord record, Map<String, Product> bySku, Map<String, Long> firstLine) {
		long line = record.getRecordNumber();
		Set<String> problems = new LinkedHashSet<>();
		String sku = record.get(0).toUpperCase(Locale.ROOT);
		if (record.size() < 2 || record.size() > 3) {
			problems.add("Give two or three values: sku, stock and, if it changes, the unit price.");
		}
		Product product = bySku.get(sku);
		if (sku.isEmpty()) {
			problems.add("The SKU is missing.");
		}
		else if (product == null) {
			problems.add("None of your products has the SKU " + sku + ".");
		}
		else if (product.isArchived()) {
			problems.add("This product was deleted.");
		}
		Long earlier = firstLine.putIfAbsent(sku, line);
		if (earlier != null && !sku.isEmpty()) {
			problems.add("The SKU is already on line " + earlier + ".");
		}
		Integer stock = record.size() >= 2 ? stock(record.get(1), problems) : null;
		BigDecimal price = record.size() == 3 && !record.get(2).isEmpty() ? price(record.get(2), product, problems)
				: null;
		return new Row(line, sku, stock, price, product == null ? null : product.getName(),
				product == null ? null : product.stockWhenLoaded(), product == null ? null : product.getUnitPrice(),
				List.copyOf(problems));
	}

	private static @Nullable Integer stock(String value, Set<String> problems) {
		try {
			int stock = Integer.parseInt(value);
			ProductListing.requireStock("stock", stock);
			return stock;
		}
		catch (NumberFormatException | InvalidInputException notStock) {
			problems.add("The stock \"" + value + "\" is not a whole number from 0 to 10,00,000.");
			return null;
		}
	}

	private static @Nullable BigDecimal price(String value, @Nullable Product product, Set<String> problems) {
		try {
			BigDecimal price = ProductDetails.price("unitPrice", new BigDecimal(value));
			if (product != null && !product.isArchived()) {
				product.details().withUnitPrice(price);
			}
			return price;
		}
		catch (NumberFormatException notANumber) {
			problems.add("The unit price \"" + value + "\" is not an amount in rupees, such as 245.50.");
		}
		catch (InvalidInputException invalid) {
			problems.add("Unit price: " + invalid.getMessage());
		}
		return null;
	}

	private Map<String, Product> productsBySku(UUID manufacturerId, Collection<String> skus) {
		return products.findByManufacturerIdAndSkuIn(manufacturerId, skus)
			.stream()
			.collect(Collectors.toMap(Product::getSku, Function.identity()));
	}

}
