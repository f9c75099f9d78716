package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.StockImportPreview.Row;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * Stock from a CSV file: every bad row with its reason before anything changes, then all
 * rows or none.
 */
@IntegrationTest
class StockImportIT {

	@Autowired
	StockImport stockImport;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	AuditLog auditLog;

	@Test
	void thePreviewListsEveryBadRowWithItsReasonAndApplyingItChangesNothing() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		ProductView churna = TestCatalog.product(listing, maker, "100.00", 10);
		ProductView vati = TestCatalog.product(listing, maker, "50.00", 20);
		ProductView other = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "10.00", 1);
		String csv = """
				sku,stock,unitPrice
				%s,25
				%s,-3
				%s,12,abc
				%s,7
				%s,8
				%s,9,199.00
				,4
				""".formatted(churna.sku().toLowerCase(), vati.sku(), vati.sku(), other.sku(), churna.sku(),
				vati.sku());

		StockImportPreview preview = stockImport.preview(owner(maker), csv);

		assertThat(preview.applicable()).isFalse();
		assertThat(preview.rows()).extracting(Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(preview.rows().get(0).problems()).isEmpty();
		assertThat(preview.rows().get(0).currentStock()).isEqualTo(10);
		assertThat(preview.rows().get(1).problems())
			.containsExactly("The stock \"-3\" is not a whole number from 0 to 10,00,000.");
		assertThat(preview.rows().get(2).problems()).containsExactly("The SKU is already on line 3.",
				"The unit price \"abc\" is not an amount in rupees, such as 245.50.");
		assertThat(preview.rows().get(3).problems())
			.containsExactly("None of your products has the SKU " + other.sku() + ".");
		assertThat(preview.rows().get(4).problems()).containsExactly("The SKU is already on line 2.");
		assertThat(preview.rows().get(5).problems()).contains("The SKU is already on line 3.")
			.anySatisfy(problem -> assertThat(problem)
				.startsWith("Unit price: The price with GST (₹208.95) may not exceed the MRP"));
		assertThat(preview.rows().get(6).problems()).contains("The SKU is missing.");
		assertThatThrownBy(() -> stockImport.apply(owner(maker), csv)).isInstanceOf(InvalidInputException.class);
		assertThat(catalog.get(churna.id(), owner(maker)).stockQuantity()).isEqualTo(10);
	}

	@Test
	void aGoodFileChangesEveryRowInOneGoAndAuditsEachProduct() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		ProductView churna = TestCatalog.product(listing, maker, "100.00", 10);
		ProductView vati = TestCatalog.product(listing, maker, "50.00", 20);
		String csv = churna.sku() + ",0\r\n\r\n\"" + vati.sku() + "\",35,55.50\r\n";

		StockImportPreview preview = stockImport.preview(owner(maker), csv);
		int changed = stockImport.apply(owner(maker), csv);

		assertThat(preview.applicable()).isTrue();
		assertThat(preview.rows().get(1).changesPrice()).isTrue();
		assertThat(changed).isEqualTo(2);
		assertThat(catalog.get(churna.id(), owner(maker)).stockQuantity()).isZero();
		ProductView repriced = catalog.get(vati.id(), owner(maker));
		assertThat(repriced.stockQuantity()).isEqualTo(35);
		assertThat(repriced.unitPrice()).isEqualByComparingTo("55.50");
		assertThat(auditLog
			.find(new AuditQuery("Product", vati.id().toString(), null, "PRODUCT_STOCK_IMPORTED", null, null),
					PageRequest.of(0, 5))
			.getContent())
			.singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("\"unitPrice\"")
				.contains("55.50")
				.contains("\"35\""));
	}

	@Test
	void anEmptyOrOversizedFileIsRefusedAsAWhole() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		assertThat(stockImport.preview(owner(maker), "sku,stock\n").problems())
			.containsExactly("The file has no rows besides its header.");
		assertThat(stockImport.preview(owner(maker), " ").problems()).containsExactly("The file is empty.");
		assertThat(stockImport.preview(owner(maker), "A,1\n".repeat(5_001)).problems())
			.containsExactly("The file has 5001 rows; at most 5000 are taken at once.");
		assertThat(stockImport.preview(owner(maker), "\"unterminated,1\n").problems())
			.containsExactly("The file is not a readable CSV file: check its quotes.");
	}

	private static AuthenticatedUser owner(OwnedManufacturer maker) {
		return Accounts.principal(maker.owner());
	}

}
