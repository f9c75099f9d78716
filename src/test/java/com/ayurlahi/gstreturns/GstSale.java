package com.ayurlahi.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductDetails;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;

/**
 * A paid order of a manufacturer's two products to a clinic: 2 × ₹150.00 at 5 % GST and 1
 * × ₹100.00 at 12 % (taxable ₹400.00, tax ₹27.00 either way), and its tax invoice.
 */
record GstSale(OwnedClinic clinic, OrderView order, Invoice invoice) {

	/** The manufacturer's products of these sales: one at 5 %, one at 12 %. */
	record Products(ProductView fivePercent, ProductView twelvePercent) {

		static Products of(ProductListing listing, OwnedManufacturer maker) {
			ProductView five = listing.create(Accounts.principal(maker.owner()),
					TestCatalog.details(TestCatalog.uniqueName("Churna"), "150.00", 1), 50);
			ProductDetails twelve = TestCatalog.details(TestCatalog.uniqueName("Taila"), "100.00", 1);
			ProductView twelvePercent = listing.create(Accounts.principal(maker.owner()),
					new ProductDetails(twelve.name(), twelve.sku(), twelve.hsnCode(), new BigDecimal("12"),
							twelve.unitPrice(), twelve.mrp(), twelve.packSize(), twelve.dosageForm(),
							twelve.composition(), twelve.description(), twelve.minOrderQuantity(),
							twelve.medicalSupervision()),
					50);
			return new Products(five, twelvePercent);
		}

	}

	static GstSale paid(OwnedClinic clinic, Products products, OrderPlacement placement, PaymentCheckouts checkouts,
			OrderManagement orders, InvoiceManagement invoices, MockMvcTester mvc) {
		OrderView order = placement.place(Accounts.principal(clinic.owner()),
				List.of(new OrderLine(products.fivePercent().id(), 2), new OrderLine(products.twelvePercent().id(), 1)),
				null, OrderSource.WEB);
		PaymentCheckout checkout = checkouts.initiate(order.id(), Accounts.principal(clinic.owner()));
		new SandboxCheckout(mvc).payAndReturn(checkout);
		assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		Invoice invoice = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> invoices.forOrder(order.id(), Profiles.ADMIN).stream().findFirst(), Optional::isPresent)
			.orElseThrow();
		return new GstSale(clinic, order, invoice);
	}

	/** Cancels the 12 % item and waits for the credit note of its refund. */
	Invoice cancelTwelvePercentItem(OrderManagement orders, InvoiceManagement invoices, OwnedManufacturer maker) {
		OrderView.Item item = order.items()
			.stream()
			.filter(candidate -> candidate.gstRate().compareTo(new BigDecimal("12")) == 0)
			.findFirst()
			.orElseThrow();
		orders.cancelItem(order.id(), item.id(), "Batch failed quality check", Accounts.principal(maker.owner()));
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> invoices.forOrder(order.id(), Profiles.ADMIN)
				.stream()
				.filter(Invoice::isCreditNote)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

}
