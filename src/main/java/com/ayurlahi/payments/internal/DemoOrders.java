package com.ayurlahi.payments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The dev profile's demo orders of the demo clinic (Kerala) from both demo manufacturers,
 * in different states: delivered, partially fulfilled, being packed, confirmed, awaiting
 * payment, payment failed, cancelled, and cancelled after payment and refunded. The paid
 * ones are paid in the sandbox and their capture recorded as Razorpay would report it, so
 * they have their payments, settlements and payout transfers; the failed one has
 * Razorpay's failure; the refunded one's refund goes through the sandbox in the
 * background.
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoOrders implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

	private final OrderPlacement placement;

	private final OrderManagement orders;

	private final PaymentCheckouts checkouts;

	private final PaymentManagement payments;

	private final ProductCatalog catalog;

	private final UserManagement users;

	private final ObjectProvider<SandboxRazorpay> sandbox;

	DemoOrders(OrderPlacement placement, OrderManagement orders, PaymentCheckouts checkouts, PaymentManagement payments,
			ProductCatalog catalog, UserManagement users, ObjectProvider<SandboxRazorpay> sandbox) {
		this.placement = placement;
		this.orders = orders;
		this.checkouts = checkouts;
		this.payments = payments;
		this.catalog = catalog;
		this.users = users;
		this.sandbox = sandbox;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuthenticatedUser clinic = user("clinic@demo.ayurlahi.in");
		if (orders.search(OrderFilter.all(), clinic, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		AuthenticatedUser sahyadri = user("maker@demo.ayurlahi.in");
		AuthenticatedUser vaidya = user("kerala.maker@demo.ayurlahi.in");
		List<OrderView> placed = new ArrayList<>();

		OrderView delivered = placed(placed, clinic, line("SAP-ASH-100", 10), line("SAP-TRI-100", 6));
		paid(delivered, clinic);
		move(delivered, OrderStatus.PROCESSING, sahyadri);
		ship(delivered, sahyadri, "DTDC", "D70012345");
		move(delivered, OrderStatus.DELIVERED, sahyadri);

		OrderView packing = placed(placed, clinic, line("VHF-DHT-200", 4), line("VHF-IND-200", 12));
		paid(packing, clinic);
		move(packing, OrderStatus.PROCESSING, vaidya);

		OrderView confirmed = placed(placed, clinic, line("SAP-CHY-500", 5), line("SAP-DAS-450", 4));
		paid(confirmed, clinic);

		placed(placed, clinic, line("VHF-VIL-100", 10));

		OrderView partial = placed(placed, clinic, line("SAP-KAI-060", 6), line("SAP-YOG-060", 6));
		orders.cancelItem(partial.id(), partial.items().get(1).id(), "Batch held back for quality testing", sahyadri);
		paid(partial, clinic);
		move(partial, OrderStatus.PROCESSING, sahyadri);
		ship(partial, sahyadri, "India Post", "EK123456789IN");
		move(partial, OrderStatus.DELIVERED, sahyadri);

		OrderView cancelled = placed(placed, clinic, line("VHF-AGA-250", 3));
		orders.cancel(cancelled.id(), "Ordered twice by mistake", clinic);

		OrderView refunded = placed(placed, clinic, line("VHF-DHT-200", 2));
		paid(refunded, clinic);
		orders.cancel(refunded.id(), "The clinic's own stock arrived", clinic);

		OrderView failed = placed(placed, clinic, line("SAP-GIL-060", 5));
		PaymentCheckout declined = checkouts.initiate(failed.id(), clinic);
		payments.recordFailure(declined.razorpayOrderId(), "pay_demo" + failed.orderNumber().replace("-", ""),
				"BAD_REQUEST_ERROR", "Card declined by the bank");
		log.info("Created {} demo orders", placed.size());
	}

	private OrderView placed(List<OrderView> placed, AuthenticatedUser clinic, OrderLine... lines) {
		OrderView order = placement.place(clinic, List.of(lines), null, OrderSource.WEB);
		placed.add(order);
		return order;
	}

	/**
	 * Pays in the sandbox (its webhooks dropped) and records the capture at once, as the
	 * callback would, so that the order can move on right away. With real Razorpay keys
	 * the capture is recorded under a made-up payment id.
	 */
	private void paid(OrderView order, AuthenticatedUser clinic) {
		PaymentCheckout checkout = checkouts.initiate(order.id(), clinic);
		SandboxRazorpay razorpay = sandbox.getIfAvailable();
		String paymentId = "pay_demo" + order.orderNumber().replace("-", "");
		if (razorpay != null) {
			razorpay.deliverNextWebhooks(SandboxRazorpay.Delivery.DROP);
			paymentId = razorpay.pay(checkout.razorpayOrderId(), SandboxRazorpay.Choice.UPI_SUCCESS)
				.get("razorpay_payment_id");
		}
		payments.recordCapture(checkout.razorpayOrderId(), paymentId, checkout.amountPaise(), checkout.currency(),
				"upi");
	}

	private void move(OrderView order, OrderStatus to, AuthenticatedUser manufacturer) {
		orders.changeStatus(order.id(), to, null, null, manufacturer);
	}

	private void ship(OrderView order, AuthenticatedUser manufacturer, String carrier, String trackingNumber) {
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment(carrier, trackingNumber), null, manufacturer);
	}

	private OrderLine line(String sku, int quantity) {
		UUID productId = catalog
			.search(new CatalogQuery(sku, null, null, false, CatalogSort.NAME), user("admin@demo.ayurlahi.in"),
					PageRequest.of(0, 1))
			.getContent()
			.getFirst()
			.id();
		return new OrderLine(productId, quantity);
	}

	private AuthenticatedUser user(String email) {
		return AuthenticatedUser.actingAs(users.findByEmail(email).orElseThrow());
	}

}
