package com.ayurlahi.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductListing.Removal;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;
import com.jayway.jsonpath.JsonPath;

/**
 * The catalog: who may list, what clinics see and find, SKUs, deleting, stock counts, and
 * the Products API.
 */
@IntegrationTest
class CatalogIT {

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void clinicsFindAProductByItsNameCompositionOrManufacturer() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		String name = TestCatalog.uniqueName("Churna");
		ProductView product = listing.create(owner(maker), TestCatalog.details(name, "95.00", 1), 40);
		AuthenticatedUser clinic = clinicUser();

		assertThat(search(clinic, name.split(" ")[0].toUpperCase())).extracting(ProductView::id)
			.containsExactly(product.id());
		assertThat(search(clinic, maker.manufacturer().getCompanyName())).extracting(ProductView::id)
			.containsExactly(product.id());
		assertThat(search(clinic, "somnifera " + maker.manufacturer().getGstin().pan())).extracting(ProductView::id)
			.containsExactly(product.id());
		assertThat(product.manufacturerName()).isEqualTo(maker.manufacturer().getCompanyName());
		assertThat(product.priceWithGst()).isEqualByComparingTo("99.75");
		assertThat(audit(product, "PRODUCT_CREATED")).singleElement()
			.satisfies(entry -> assertThat(entry.actorId()).isEqualTo(maker.owner().getId()))
			.satisfies(entry -> assertThat(entry.changes()).contains("\"stockQuantity\"").contains("40"));
	}

	@Test
	void aLimitedCountStopsOnePastTheLimitAndKeepsThePageWhole() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.GUJARAT);
		String word = TestCatalog.uniqueName("Vati").split(" ")[0];
		for (int i = 0; i < 4; i++) {
			listing.create(owner(maker), TestCatalog.details(word + " Vati " + i, "20.00", 1), 10);
		}
		CatalogQuery query = new CatalogQuery(word, null, null, false, CatalogSort.NAME);
		AuthenticatedUser clinic = clinicUser();

		Page<ProductView> capped = catalog.search(query, clinic, PageRequest.of(0, 3), 2);
		assertThat(capped.getTotalElements()).isEqualTo(3);
		assertThat(capped.getContent()).extracting(ProductView::name)
			.containsExactly(word + " Vati 0", word + " Vati 1", word + " Vati 2");
		assertThat(catalog.search(query, clinic, PageRequest.of(0, 3), 4).getTotalElements()).isEqualTo(4);
		assertThat(catalog.search(query, clinic, PageRequest.of(0, 3)).getTotalElements()).isEqualTo(4);
	}

	@Test
	void theLiveSearchSortsAndPagesFewMatchesWhateverPageIsAskedFor() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.GUJARAT);
		String word = TestCatalog.uniqueName("Vati").split(" ")[0];
		String[] prices = { "40.00", "10.00", "30.00", "20.00" };
		for (int i = 0; i < prices.length; i++) {
			listing.create(owner(maker), TestCatalog.details(word + " Vati " + i, prices[i], 1), 10);
		}
		CatalogQuery byPrice = new CatalogQuery(word + " vati", null, null, false, CatalogSort.PRICE_HIGH);
		AuthenticatedUser clinic = clinicUser();

		Page<ProductView> first = catalog.search(byPrice, clinic, PageRequest.of(0, 3), 10);
		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent()).extracting(ProductView::unitPrice)
			.map(BigDecimal::toPlainString)
			.containsExactly("40.00", "30.00", "20.00");
		Page<ProductView> second = catalog.search(byPrice, clinic, PageRequest.of(1, 3), 10);
		assertThat(second.getContent()).extracting(ProductView::name).containsExactly(word + " Vati 1");
		assertThat(second.getTotalElements()).isEqualTo(4);
		Page<ProductView> beyond = catalog.search(byPrice, clinic, PageRequest.of(5, 3), 10);
		assertThat(beyond.getContent()).isEmpty();
		assertThat(beyond.getTotalElements()).isEqualTo(4);
		assertThat(catalog
			.search(new CatalogQuery(word + " nothing", null, null, false, CatalogSort.NAME), clinic,
					PageRequest.of(0, 3), 10)
			.getTotalElements()).isZero();
	}

	@Test
	void onlyAnApprovedManufacturerListsProducts() {
		OwnedManufacturer pending = Profiles.pendingManufacturer(users, manufacturers,
				Profiles.manufacturerDetails(IndianState.DELHI));

		assertThatThrownBy(
				() -> listing.create(owner(pending), TestCatalog.details(TestCatalog.uniqueName("Vati"), "10", 1), 5))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("once the Ayurlahi team has approved your profile");
	}

	@Test
	void clinicsSeeOnlyActiveProductsOfManufacturersThatMaySellToday() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		String name = TestCatalog.uniqueName("Tailam");
		ProductView product = listing.create(owner(maker), TestCatalog.details(name, "150.00", 1), 10);
		AuthenticatedUser clinic = clinicUser();
		String word = name.split(" ")[0];

		listing.setActive(product.id(), false, owner(maker));
		assertThat(search(clinic, word)).isEmpty();
		assertThatThrownBy(() -> catalog.get(product.id(), clinic)).isInstanceOf(NotFoundException.class);
		assertThat(catalog.get(product.id(), owner(maker)).active()).isFalse();

		listing.setActive(product.id(), true, owner(maker));
		manufacturers.suspend(maker.manufacturer().getId(), "GST registration under review", Profiles.ADMIN);
		assertThat(search(clinic, word)).isEmpty();

		manufacturers.reinstate(maker.manufacturer().getId(), "Registration confirmed", Profiles.ADMIN);
		assertThat(search(clinic, word)).extracting(ProductView::id).containsExactly(product.id());

		LocalDate yesterday = LocalDate.now().minusDays(1);
		jdbc.sql("update catalog_sellers set licence_expiry = :day where manufacturer_id = :id")
			.param("day", yesterday)
			.param("id", maker.manufacturer().getId())
			.update();
		assertThat(search(clinic, word)).as("the licence expired since approval").isEmpty();
	}

	@Test
	void aRenamedManufacturerIsFoundByItsNewName() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		ProductView product = TestCatalog.product(listing, maker, "80.00", 5);
		ManufacturerDetails details = Profiles.manufacturerDetails(IndianState.MAHARASHTRA);
		String newName = "Renamed Rasashala " + maker.manufacturer().getGstin().pan();
		manufacturers.update(maker.manufacturer().getId(),
				new ManufacturerDetails(new ProfileDetails(newName, maker.manufacturer().getGstin(),
						details.profile().licence(), details.profile().addressLines(), details.profile().contact()),
						null),
				null, Profiles.ADMIN);

		assertThat(search(clinicUser(), "rasashala " + maker.manufacturer().getGstin().pan()))
			.extracting(ProductView::id, ProductView::manufacturerName)
			.containsExactly(tuple(product.id(), newName));
	}

	@Test
	void aSkuIsUniquePerManufacturer() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedManufacturer other = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductDetails details = TestCatalog.details(TestCatalog.uniqueName("Vati"), "20", 1);
		listing.create(owner(maker), details, 1);

		assertThatThrownBy(() -> listing.create(owner(maker), details, 1)).isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).field())
			.isEqualTo("sku");
		assertThat(listing.create(owner(other), details, 1).sku()).isEqualTo(details.sku());
	}

	@Test
	void deletingErasesANeverOrderedProductAndArchivesAnOrderedOne() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView unordered = TestCatalog.product(listing, maker, "50.00", 5);
		ProductView ordered = TestCatalog.product(listing, maker, "60.00", 5);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(ordered.id(), 2)),
				null, OrderSource.WEB);

		assertThat(listing.delete(unordered.id(), owner(maker))).isEqualTo(Removal.ERASED);
		assertThat(listing.delete(ordered.id(), owner(maker))).isEqualTo(Removal.ARCHIVED);

		assertThat(jdbc.sql("select count(*) from products where id = :id")
			.param("id", unordered.id())
			.query(Integer.class)
			.single()).isZero();
		ProductView archived = catalog.get(ordered.id(), Profiles.ADMIN);
		assertThat(archived.archived()).isTrue();
		assertThat(archived.orderable()).isFalse();
		assertThat(search(Accounts.principal(clinic.owner()), ordered.name().split(" ")[0])).isEmpty();
		assertThat(orders.get(order.id(), Profiles.ADMIN).items().getFirst().productName()).isEqualTo(ordered.name());
		assertThatThrownBy(() -> listing.setActive(ordered.id(), true, owner(maker)))
			.isInstanceOf(ConflictException.class);
		assertThat(audit(archived, "PRODUCT_ARCHIVED")).hasSize(1);
	}

	@Test
	void aStockCountIsRefusedWhenOrdersTookUnitsSinceItWasShown() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "40.00", 20);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 3)), null,
				OrderSource.WEB);

		assertThatThrownBy(() -> listing.setStock(product.id(), 20, 50, owner(maker)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("17 units are left now");
		assertThat(listing.setStock(product.id(), 17, 50, owner(maker)).stockQuantity()).isEqualTo(50);
		assertThat(audit(product, "PRODUCT_STOCK_SET")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("\"before\":\"17\"").contains("\"after\":\"50\""));
	}

	@Test
	void anotherManufacturersProductDoesNotExistForAManufacturer() {
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "40.00", 2);
		OwnedManufacturer other = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);

		assertThatThrownBy(() -> catalog.get(product.id(), owner(other))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> listing.setStock(product.id(), null, 1, owner(other)))
			.isInstanceOf(NotFoundException.class);
		assertThat(catalog.search(CatalogQuery.all(), owner(other), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void theApiCreatesProductsAsTheContractSaysAndRefusesBadOnesFieldByField() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		Api api = new Api(mvc, tokens);

		MvcTestResult created = api.post(maker.owner(), "/api/products",
				"""
						{"name": "Triphala Churna", "sku": "api-tri-100", "hsnCode": "30049011", "gstRate": 5, "unitPrice": 70.5,
						 "mrp": 90, "packSize": "100 g", "dosageForm": "CHURNA", "composition": "Triphala", "minOrderQuantity": 2,
						 "stockQuantity": 30}
						""");
		MvcTestResult refused = api.post(maker.owner(), "/api/products",
				"""
						{"name": "", "sku": "X", "hsnCode": "300", "gstRate": 5, "unitPrice": 100, "mrp": 104,
						 "packSize": "1", "dosageForm": "CHURNA", "composition": "x", "minOrderQuantity": 1, "stockQuantity": -1}
						""");
		MvcTestResult overMrp = api.post(maker.owner(), "/api/products",
				"""
						{"name": "Too dear", "sku": "API-DEAR", "hsnCode": "3004", "gstRate": 18, "unitPrice": 100, "mrp": 117.99,
						 "packSize": "1", "dosageForm": "CAPSULE", "composition": "x", "minOrderQuantity": 1, "stockQuantity": 1}
						""");

		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.sku").isEqualTo("API-TRI-100");
		assertThat(created).bodyJson().extractingPath("$.unitPrice").isEqualTo(70.5);
		assertThat(created).bodyJson()
			.extractingPath("$.manufacturerName")
			.isEqualTo(maker.manufacturer().getCompanyName());
		assertThat(created).bodyJson().extractingPath("$.active").isEqualTo(true);
		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "hsnCode", "stockQuantity");
		assertThat(overMrp).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(overMrp).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mrp");

		String id = JsonPath.read(Api.body(created), "$.id");
		MvcTestResult patched = api.patch(maker.owner(), "/api/products/" + id,
				"{\"unitPrice\": 72, \"stockQuantity\": 12, \"active\": false}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.unitPrice").isEqualTo(72.0);
		assertThat(patched).bodyJson().extractingPath("$.stockQuantity").isEqualTo(12);
		assertThat(patched).bodyJson().extractingPath("$.active").isEqualTo(false);
		assertThat(api.get(Accounts.create(users, Role.CLINIC), "/api/products/" + id)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(api.delete(maker.owner(), "/api/products/" + id)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(api.get(maker.owner(), "/api/products/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theApiListsWhatEachRoleMaySee() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		String name = TestCatalog.uniqueName("Gulika");
		ProductView offered = listing.create(owner(maker), TestCatalog.details(name, "30", 1), 3);
		ProductView hidden = listing.create(owner(maker), TestCatalog.details(name + " Forte", "40", 1), 3);
		listing.setActive(hidden.id(), false, owner(maker));
		Api api = new Api(mvc, tokens);
		String query = "/api/products?q=" + name.split(" ")[0] + "&sort=unitPrice,desc";

		assertThat(api.get(Accounts.create(users, Role.CLINIC), query)).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(offered.id().toString());
		assertThat(api.get(maker.owner(), query)).bodyJson()
			.extractingPath("$.content[*].id")
			.asArray()
			.containsExactly(hidden.id().toString(), offered.id().toString());
		assertThat(api.get(maker.owner(), query)).bodyJson().extractingPath("$.page.totalElements").isEqualTo(2);
		assertThat(api.get(maker.owner(), "/api/products?q=ab")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(api.get(maker.owner(), "/api/products?sort=stockQuantity")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private List<ProductView> search(AuthenticatedUser viewer, String text) {
		return catalog
			.search(new CatalogQuery(text, null, null, false, CatalogSort.NAME), viewer, PageRequest.of(0, 50))
			.getContent();
	}

	private List<AuditEntry> audit(ProductView product, String action) {
		return auditLog
			.find(new AuditQuery("Product", product.id().toString(), null, action, null, null), PageRequest.of(0, 10))
			.getContent();
	}

	private AuthenticatedUser clinicUser() {
		return Accounts.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());
	}

	private static AuthenticatedUser owner(OwnedManufacturer maker) {
		return Accounts.principal(maker.owner());
	}

}
