package com.ayurlahi.payments.chargebacks;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The chargebacks as the team reads them, for the admin pages and for other modules.
 * Callers decide who may see them: they are the team's (ADMIN and SUPPORT).
 */
@NamedInterface("chargebacks")
@Service
@Transactional(readOnly = true)
public class ChargebackQueries {

	/** At most this many chargebacks are listed by {@link #all()}. */
	public static final int MAX_LISTED = 200;

	private final Chargebacks chargebacks;

	ChargebackQueries(Chargebacks chargebacks) {
		this.chargebacks = chargebacks;
	}

	/**
	 * The chargebacks still going on (open or under review), the soonest respond-by date
	 * first (those without one last).
	 */
	public List<ChargebackView> open() {
		return chargebacks.inStatuses(EnumSet.of(ChargebackStatus.OPEN, ChargebackStatus.UNDER_REVIEW))
			.stream()
			.map(Chargeback::view)
			.toList();
	}

	/**
	 * Every chargeback, the newest dispute first, at most {@link #MAX_LISTED}.
	 */
	public List<ChargebackView> all() {
		return chargebacks.recent(PageRequest.of(0, MAX_LISTED)).stream().map(Chargeback::view).toList();
	}

	/** An order's chargebacks, oldest first; empty when it has none. */
	public List<ChargebackView> ofOrder(UUID orderId) {
		return chargebacks.findByOrderIdOrderByCreatedAt(orderId).stream().map(Chargeback::view).toList();
	}

}
