package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.orders.OrderTransitions.Party;

class OrderTest {

	private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	private static final Actor CLINIC = Actor.user(UUID.randomUUID(), "CLINIC");

	private static final Actor MAKER = Actor.user(UUID.randomUUID(), "MANUFACTURER");

	private static final ProductSnapshot CHURNA = product("Ashwagandha Churna", "33.33", "5");

	private static final ProductSnapshot TAILAM = product("Dhanwantharam Tailam", "190.00", "12");

	@Test
	void acrossStatesEachLineCarriesIgstAtTheFullRate() {
		Order order = order(IndianState.MAHARASHTRA, IndianState.KERALA);
		OrderView view = order.view();

		assertThat(view.taxType()).isEqualTo(TaxType.INTER_STATE);
		assertThat(view.placeOfSupply()).isEqualTo(IndianState.KERALA);
		OrderView.Item churna = view.items().getFirst();
		assertThat(churna.taxableValue()).isEqualByComparingTo("99.99");
		assertThat(churna.igst()).isEqualByComparingTo("5.00");
		assertThat(churna.cgst()).isEqualByComparingTo("0.00");
		assertThat(churna.lineTotal()).isEqualByComparingTo("104.99");
		OrderView.Item tailam = view.items().get(1);
		assertThat(tailam.taxableValue()).isEqualByComparingTo("380.00");
		assertThat(tailam.igst()).isEqualByComparingTo("45.60");
		assertThat(view.subtotal()).isEqualByComparingTo("479.99");
		assertThat(view.igstTotal()).isEqualByComparingTo("50.60");
		assertThat(view.total()).isEqualByComparingTo("530.59");
	}

	@Test
	void withinAStateEachLineCarriesHalfTheRateAsCgstAndSgstRoundedOnTheirOwn() {
		OrderView view = order(IndianState.KERALA, IndianState.KERALA).view();

		assertThat(view.taxType()).isEqualTo(TaxType.INTRA_STATE);
		OrderView.Item churna = view.items().getFirst();
		assertThat(churna.cgst()).isEqualByComparingTo("2.50");
		assertThat(churna.sgst()).isEqualByComparingTo("2.50");
		assertThat(churna.igst()).isEqualByComparingTo("0.00");
		assertThat(churna.lineTotal()).isEqualByComparingTo("104.99");
		assertThat(view.cgstTotal()).isEqualByComparingTo("25.30");
		assertThat(view.sgstTotal()).isEqualByComparingTo("25.30");
		assertThat(view.total()).isEqualByComparingTo("530.59");
		assertThat(view.items()).allSatisfy(item -> assertThat(item.commissionRate()).isEqualByComparingTo("8.50"));
	}

	@Test
	void aCancelledItemLeavesTheTotalsAndTheLastOneTakesTheOrderWithIt() {
		Order order = order(IndianState.MAHARASHTRA, IndianState.KERALA);
		List<OrderView.Item> items = order.view().items();

		OrderItem cancelled = order.cancelItem(items.get(1).id(), Party.MANUFACTURER, MAKER, "Batch on hold", NOW);

		assertThat(cancelled.getQuantity()).isEqualTo(2);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.view().total()).isEqualByComparingTo("104.99");
		assertThatThrownBy(() -> order.cancelItem(items.get(1).id(), Party.MANUFACTURER, MAKER, "again", NOW))
			.isInstanceOf(ConflictException.class);

		order.cancelItem(items.getFirst().id(), Party.MANUFACTURER, MAKER, "Out of stock", NOW);

		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(order.view().total()).isEqualByComparingTo("0.00");
		assertThat(order.view().statusHistory()).extracting(OrderView.Step::status, OrderView.Step::note)
			.containsExactly(tuple(OrderStatus.PENDING, "Order placed"),
					tuple(OrderStatus.PENDING, "Cancelled 2 × Dhanwantharam Tailam: Batch on hold"),
					tuple(OrderStatus.PENDING, "Cancelled 3 × Ashwagandha Churna: Out of stock"),
					tuple(OrderStatus.CANCELLED, "No item left to supply"));
	}

	@Test
	void cancellingTheOrderReturnsOnlyTheItemsStillOrdered() {
		Order order = order(IndianState.MAHARASHTRA, IndianState.KERALA);
		order.cancelItem(order.view().items().getFirst().id(), Party.ADMIN, MAKER, "Recalled", NOW);

		List<OrderItem> released = order.cancel(Party.CLINIC, CLINIC, "Not needed", NOW);

		assertThat(released).extracting(OrderItem::getProductName).containsExactly("Dhanwantharam Tailam");
		assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
		assertThatThrownBy(() -> order.cancel(Party.CLINIC, CLINIC, "twice", NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shippingNeedsTheCarrierAndTrackingNumber() {
		Order order = paidAndPacking();

		assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, Party.MANUFACTURER, MAKER, null, null, NOW))
			.isInstanceOf(InvalidInputException.class);
		order.moveTo(OrderStatus.SHIPPED, Party.MANUFACTURER, MAKER, new Shipment(" DTDC ", "D123"), null, NOW);

		assertThat(order.view().carrier()).isEqualTo("DTDC");
		assertThat(order.view().trackingNumber()).isEqualTo("D123");
	}

	@Test
	void anOrderWithCancelledItemsIsPartiallyFulfilledWhenDelivered() {
		Order order = order(IndianState.MAHARASHTRA, IndianState.KERALA);
		order.cancelItem(order.view().items().getFirst().id(), Party.MANUFACTURER, MAKER, "Out of stock", NOW);
		order.moveTo(OrderStatus.CONFIRMED, Party.PAYMENTS, Actor.system(), null, null, NOW);
		order.moveTo(OrderStatus.PROCESSING, Party.MANUFACTURER, MAKER, null, null, NOW);
		order.moveTo(OrderStatus.SHIPPED, Party.MANUFACTURER, MAKER, new Shipment("DTDC", "D1"), null, NOW);

		OrderStatus before = order.moveTo(OrderStatus.DELIVERED, Party.MANUFACTURER, MAKER, null, null, NOW);

		assertThat(before).isEqualTo(OrderStatus.SHIPPED);
		assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_FULFILLED);
	}

	@Test
	void aFullyDeliveredOrderCanNotBeCalledPartial() {
		Order order = paidAndPacking();
		order.moveTo(OrderStatus.SHIPPED, Party.MANUFACTURER, MAKER, new Shipment("DTDC", "D1"), null, NOW);

		assertThatThrownBy(
				() -> order.moveTo(OrderStatus.PARTIALLY_FULFILLED, Party.MANUFACTURER, MAKER, null, null, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessage("No item of this order was cancelled: mark it DELIVERED.");
	}

	private static Order paidAndPacking() {
		Order order = order(IndianState.MAHARASHTRA, IndianState.KERALA);
		order.moveTo(OrderStatus.CONFIRMED, Party.PAYMENTS, Actor.system(), null, null, NOW);
		order.moveTo(OrderStatus.PROCESSING, Party.MANUFACTURER, MAKER, null, null, NOW);
		return order;
	}

	private static Order order(IndianState supplier, IndianState delivery) {
		OrderParties parties = new OrderParties(UUID.randomUUID(), UUID.randomUUID(), "Sree Dhanwantari",
				"32AAFCA1234K1Z3", UUID.randomUUID(), UUID.randomUUID(), "Sahyadri", "27AABCS5678M1ZO", supplier,
				new BigDecimal("8.50"));
		PostalAddress shipTo = new PostalAddress("14/220 Round North", null, "Thrissur", "680001", delivery);
		return new Order("AYR-2026-000001", parties, shipTo, OrderSource.WEB,
				List.of(new Order.Line(CHURNA, 3), new Order.Line(TAILAM, 2)), 7, CLINIC, NOW);
	}

	private static ProductSnapshot product(String name, String price, String rate) {
		return new ProductSnapshot(UUID.randomUUID(), name, "SKU-" + name.length(), "30049011", "100 g",
				new BigDecimal(price), new BigDecimal(rate).setScale(2));
	}

}
