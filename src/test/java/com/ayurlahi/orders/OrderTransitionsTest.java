package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.orders.OrderTransitions.Party;

class OrderTransitionsTest {

	@Test
	void theManufacturerFulfilsAPaidOrderStepByStep() {
		assertThat(OrderTransitions.next(OrderStatus.CONFIRMED, Party.MANUFACTURER))
			.containsExactly(OrderStatus.PROCESSING);
		assertThat(OrderTransitions.next(OrderStatus.PROCESSING, Party.MANUFACTURER))
			.containsExactly(OrderStatus.SHIPPED);
		assertThat(OrderTransitions.next(OrderStatus.SHIPPED, Party.MANUFACTURER))
			.containsExactlyInAnyOrder(OrderStatus.DELIVERED, OrderStatus.PARTIALLY_FULFILLED);
	}

	@Test
	void supportMovesOrdersOnButCancelsNothing() {
		assertThat(OrderTransitions.allows(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, Party.SUPPORT)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.PENDING, OrderStatus.CANCELLED, Party.SUPPORT)).isFalse();
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.PENDING, Party.SUPPORT)).isFalse();
	}

	@Test
	void onlyPaymentsConfirmAnOrder() {
		for (Party party : EnumSet.complementOf(EnumSet.of(Party.PAYMENTS))) {
			assertThat(OrderTransitions.allows(OrderStatus.PENDING, OrderStatus.CONFIRMED, party)).as(party.name())
				.isFalse();
		}
		assertThat(OrderTransitions.allows(OrderStatus.PENDING, OrderStatus.CONFIRMED, Party.PAYMENTS)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.PAYMENT_FAILED, OrderStatus.CONFIRMED, Party.PAYMENTS)).isTrue();
	}

	@Test
	void theClinicCancelsUntilTheManufacturerStartsPacking() {
		assertThat(OrderTransitions.allows(OrderStatus.PENDING, OrderStatus.CANCELLED, Party.CLINIC)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.PAYMENT_FAILED, OrderStatus.CANCELLED, Party.CLINIC)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, Party.CLINIC)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.PROCESSING, OrderStatus.CANCELLED, Party.CLINIC)).isFalse();
		assertThat(OrderTransitions.allows(OrderStatus.PROCESSING, OrderStatus.CANCELLED, Party.ADMIN)).isTrue();
		assertThat(OrderTransitions.allows(OrderStatus.SHIPPED, OrderStatus.CANCELLED, Party.ADMIN)).isFalse();
		assertThat(OrderTransitions.next(OrderStatus.PENDING, Party.CLINIC)).containsExactly(OrderStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PENDING", "PAYMENT_FAILED", "CONFIRMED", "PROCESSING" })
	void theManufacturerCancelsNoWholeOrderOnlyItems(OrderStatus status) {
		assertThat(OrderTransitions.allows(status, OrderStatus.CANCELLED, Party.MANUFACTURER)).isFalse();
		assertThat(OrderTransitions.allows(status, OrderStatus.CANCELLED, Party.ADMIN)).isTrue();
		assertThat(OrderTransitions.allowsItemCancellation(status, Party.MANUFACTURER)).isTrue();
	}

	@Test
	void onlyPaymentsMarkACancelledOrderRefunded() {
		assertThat(OrderTransitions.allows(OrderStatus.CANCELLED, OrderStatus.REFUNDED, Party.PAYMENTS)).isTrue();
		for (Party party : EnumSet.complementOf(EnumSet.of(Party.PAYMENTS))) {
			assertThat(OrderTransitions.next(OrderStatus.CANCELLED, party)).as(party.name()).isEmpty();
		}
	}

	@Test
	void itemsAreCancelledOnlyByTheManufacturerOrAnAdminBeforeShipping() {
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.PENDING, Party.MANUFACTURER)).isTrue();
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.PAYMENT_FAILED, Party.ADMIN)).isTrue();
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.CONFIRMED, Party.MANUFACTURER)).isTrue();
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.PROCESSING, Party.ADMIN)).isTrue();
		assertThat(OrderTransitions.allowsItemCancellation(OrderStatus.PENDING, Party.CLINIC)).isFalse();
		assertThatThrownBy(() -> OrderTransitions.requireItemCancellation(OrderStatus.SHIPPED, Party.MANUFACTURER))
			.isInstanceOf(ConflictException.class)
			.hasMessage(
					"Items can be cancelled only before the order ships (PENDING, PAYMENT_FAILED, CONFIRMED, PROCESSING); "
							+ "this order is SHIPPED.");
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "DELIVERED", "PARTIALLY_FULFILLED", "REFUNDED", "FAILED" })
	void nothingLeavesAFinalStatus(OrderStatus status) {
		assertThat(status.isFinal()).isTrue();
		for (Party party : Party.values()) {
			assertThat(OrderTransitions.next(status, party)).as(party.name()).isEmpty();
		}
	}

	@Test
	void anIllegalChangeNamesWhatIsAllowed() {
		assertThatThrownBy(
				() -> OrderTransitions.require(OrderStatus.SHIPPED, OrderStatus.PROCESSING, Party.MANUFACTURER))
			.isInstanceOf(ConflictException.class)
			.hasMessage("An order that is SHIPPED can't be moved to PROCESSING. "
					+ "From SHIPPED you can move it to: DELIVERED, PARTIALLY_FULFILLED.");
		assertThatThrownBy(() -> OrderTransitions.require(OrderStatus.PROCESSING, OrderStatus.CANCELLED, Party.CLINIC))
			.hasMessage("An order that is PROCESSING can't be moved to CANCELLED. "
					+ "Nothing you can do moves it from PROCESSING now.");
		assertThatThrownBy(
				() -> OrderTransitions.require(OrderStatus.PENDING, OrderStatus.PROCESSING, Party.MANUFACTURER))
			.hasMessage("An order that is PENDING can't be moved to PROCESSING. "
					+ "Nothing you can do moves it from PENDING now.");
		assertThatThrownBy(() -> OrderTransitions.require(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, Party.CLINIC))
			.hasMessage(
					"An order that is CONFIRMED can't be moved to SHIPPED. From CONFIRMED you can move it to: CANCELLED.");
	}

}
