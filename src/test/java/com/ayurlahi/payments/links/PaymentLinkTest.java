package com.ayurlahi.payments.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.payments.PaymentLinkIssued;
import com.ayurlahi.payments.PaymentLinkStatus;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;

/**
 * A payment link's rules: it is announced once, when it is made for an order still
 * waiting for it; it only moves forward; a cancellation needs no call to Razorpay while
 * nobody has set out to make it; a failed attempt leaves it payable.
 */
class PaymentLinkTest {

	private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

	private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(30));

	private final UUID orderId = UUID.randomUUID();

	private final UUID clinicUserId = UUID.randomUUID();

	private final PaymentLink link = PaymentLink.requested(orderId, "AYR-2026-000042", clinicUserId, "AYR-2026-000042",
			new BigDecimal("236.25"), EXPIRY, NOW);

	private static final GatewayPaymentLink MADE = new GatewayPaymentLink("plink_Made0000000001", "AYR-2026-000042",
			"https://rzp.io/i/Ayur42", "created", 23_625, EXPIRY);

	@Test
	void aLinkMadeForAnOrderStillWaitingIsAnnouncedOnceWithItsUrlAndExpiry() {
		link.attempting(NOW);

		assertThat(link.issued(MADE, NOW)).isFalse();
		assertThat(link.issued(MADE, NOW)).isFalse();

		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.ISSUED);
		assertThat(link.isPayableAt(NOW)).isTrue();
		assertThat(link.isPayableAt(EXPIRY)).isFalse();
		assertThat(events()).filteredOn(PaymentLinkIssued.class::isInstance)
			.singleElement()
			.isEqualTo(new PaymentLinkIssued(orderId, "AYR-2026-000042", clinicUserId, "https://rzp.io/i/Ayur42",
					new BigDecimal("236.25"), EXPIRY, NOW));
		assertThat(actions()).containsExactly("REQUESTED", "ISSUED");
	}

	@Test
	void cancellingALinkNobodySetOutToMakeNeedsNoCallToRazorpay() {
		assertThat(link.cancel("Order cancelled", NOW)).isFalse();

		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.CANCELLED);
		assertThat(link.cancel("Order cancelled", NOW)).isFalse();
		assertThat(actions()).containsExactly("REQUESTED", "CANCELLED");
	}

	@Test
	void aLinkMadeWhileItWasBeingCancelledIsNotAnnouncedButCancelledAtRazorpay() {
		link.attempting(NOW);
		assertThat(link.cancel("Order cancelled", NOW)).isTrue();

		assertThat(link.issued(MADE, NOW)).isTrue();

		assertThat(link.isPayableAt(NOW)).isFalse();
		assertThat(events()).noneMatch(PaymentLinkIssued.class::isInstance);
		assertThat(link.cancelled(NOW)).isTrue();
		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.CANCELLED);
		assertThat(link.cancelled(NOW)).isFalse();
	}

	@Test
	void aFailedAttemptLeavesTheLinkPayable() {
		link.attempting(NOW);
		link.issued(MADE, NOW);

		assertThat(link.attemptFailed("order_Link00000001", "pay_Declined000001", "Declined", NOW)).isTrue();

		assertThat(link.isPayableAt(NOW)).isTrue();
		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.ISSUED);
	}

	@Test
	void aPaidLinkOnlyMovesForwardAndRefusesAnotherRazorpayOrder() {
		link.attempting(NOW);
		link.issued(MADE, NOW);

		assertThat(link.paid("plink_Made0000000001", "order_Link00000001", "pay_Paid0000000001", NOW)).isTrue();
		assertThat(link.paid(null, "order_Link00000001", "pay_Paid0000000001", NOW)).isFalse();

		assertThat(link.expired(NOW)).isFalse();
		assertThat(link.cancelled(NOW)).isFalse();
		assertThat(link.attemptFailed("order_Link00000001", "pay_Late00000001", null, NOW)).isFalse();
		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.PAID);
		assertThatThrownBy(() -> link.paid(null, "order_Other0000001", "pay_Other000000001", NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("order_Other0000001");
	}

	@Test
	void aLinkRazorpayCouldNotMakeFailsAndIsNoLongerTheOrdersLiveLink() {
		link.attempting(NOW);

		link.creationFailed("Razorpay could not be reached", NOW);

		assertThat(link.getStatus()).isEqualTo(PaymentLinkStatus.FAILED);
		assertThat(ReflectionTestUtils.getField(link, "liveOrderId")).isNull();
		assertThat(link.cancel("Order cancelled", NOW)).isFalse();
	}

	private Collection<?> events() {
		Collection<?> events = ReflectionTestUtils.invokeMethod(link, "domainEvents");
		return events == null ? List.of() : events;
	}

	private List<String> actions() {
		return events().stream()
			.filter(PaymentLinkChanged.class::isInstance)
			.map(PaymentLinkChanged.class::cast)
			.map(PaymentLinkChanged::action)
			.toList();
	}

}
