package com.ayurlahi.disputes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The disputes as the portals and the API read them: the clinic sees its own, the
 * manufacturer those about its orders, the team all; to anyone else a dispute does not
 * exist.
 */
@Service
@Transactional(readOnly = true)
public class DisputeQueries {

	private final Disputes disputes;

	private final DisputeReads reads;

	private final OrderManagement orders;

	private final Clock clock;

	DisputeQueries(Disputes disputes, DisputeReads reads, OrderManagement orders, Clock clock) {
		this.disputes = disputes;
		this.reads = reads;
		this.orders = orders;
		this.clock = clock;
	}

	public DisputeView get(UUID disputeId, AuthenticatedUser viewer) {
		return reads.view(reads.visibleTo(disputeId, viewer), viewer);
	}

	/**
	 * The disputes {@code viewer} may see that {@code filter} selects: soonest deadline
	 * first, then newest.
	 */
	public Page<DisputeSummary> search(DisputeFilter filter, AuthenticatedUser viewer, Pageable pageable) {
		Collection<DisputeStatus> statuses = filter.status() != null ? EnumSet.of(filter.status())
				: filter.openOnly() ? EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER, DisputeStatus.AWAITING_CLINIC,
						DisputeStatus.ESCALATED) : EnumSet.allOf(DisputeStatus.class);
		Specification<Dispute> spec = (root, query, where) -> {
			List<Predicate> all = new ArrayList<>();
			all.add(root.get("status").in(statuses));
			switch (viewer.role()) {
				case CLINIC -> all.add(where.equal(root.get("clinicUserId"), viewer.id()));
				case MANUFACTURER -> all.add(where.equal(root.get("manufacturerUserId"), viewer.id()));
				case ADMIN, SUPPORT -> {
					// the team sees every dispute
				}
			}
			if (filter.manufacturerId() != null) {
				all.add(where.equal(root.get("manufacturerId"), filter.manufacturerId()));
			}
			if (filter.clinicId() != null) {
				all.add(where.equal(root.get("clinicId"), filter.clinicId()));
			}
			if (filter.overdueOnly()) {
				all.add(where.equal(root.get("status"), DisputeStatus.AWAITING_MANUFACTURER));
				all.add(where.lessThanOrEqualTo(root.get("respondBy"), clock.instant()));
			}
			if (filter.reason() != null) {
				Join<Dispute, DisputeLine> lines = root.join("lines");
				all.add(where.equal(lines.get("reason"), filter.reason()));
				query.distinct(true);
			}
			return where.and(all.toArray(Predicate[]::new));
		};
		Sort order = Sort.by(Sort.Order.asc("respondBy").nullsLast(), Sort.Order.desc("openedAt"));
		return disputes.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order))
			.map(DisputeSummary::of);
	}

	/** An order's disputes, oldest first, for whoever may see the order. */
	public List<DisputeSummary> forOrder(UUID orderId, AuthenticatedUser viewer) {
		orders.get(orderId, viewer);
		return disputes.findByOrderIdOrderByOpenedAt(orderId).stream().map(DisputeSummary::of).toList();
	}

	/**
	 * Each manufacturer's record with disputes: how many of its shipped orders were
	 * disputed, and how quickly it answers (the median time from opening to its first
	 * answer); only manufacturers with at least one dispute, most disputed first.
	 */
	public List<ManufacturerDisputeRecord> manufacturerRecords() {
		Map<UUID, Long> shipped = orders.shippedOrdersByManufacturer();
		Map<UUID, List<Dispute>> byManufacturer = disputes.findAll()
			.stream()
			.collect(Collectors.groupingBy(Dispute::getManufacturerId));
		List<ManufacturerDisputeRecord> records = new ArrayList<>();
		byManufacturer.forEach((manufacturerId, list) -> records
			.add(record(manufacturerId, list, shipped.getOrDefault(manufacturerId, 0L))));
		records.sort(Comparator.comparingLong(ManufacturerDisputeRecord::disputedOrders).reversed());
		return records;
	}

	/** The record of the manufacturer {@code viewer} is. */
	public ManufacturerDisputeRecord recordOf(AuthenticatedUser manufacturer) {
		List<Dispute> list = disputes.findByManufacturerUserId(manufacturer.id());
		UUID manufacturerId = list.isEmpty() ? null : list.get(0).getManufacturerId();
		long shipped = manufacturerId == null ? 0
				: orders.shippedOrdersByManufacturer().getOrDefault(manufacturerId, 0L);
		return record(manufacturerId, list, shipped);
	}

	private static ManufacturerDisputeRecord record(@Nullable UUID manufacturerId, List<Dispute> list, long shipped) {
		long disputedOrders = list.stream().map(Dispute::getOrderId).distinct().count();
		List<Duration> responses = list.stream()
			.filter(dispute -> dispute.getAnsweredAt() != null)
			.map(dispute -> Duration.between(dispute.getOpenedAt(), dispute.getAnsweredAt()))
			.sorted()
			.toList();
		Duration median = responses.isEmpty() ? null : responses.size() % 2 == 1 ? responses.get(responses.size() / 2)
				: responses.get(responses.size() / 2 - 1).plus(responses.get(responses.size() / 2)).dividedBy(2);
		String name = list.isEmpty() ? "" : list.get(0).getManufacturerName();
		long unanswered = list.stream()
			.filter(dispute -> dispute.getTimeline().stream().anyMatch(step -> "SYSTEM".equals(step.actorRole())))
			.count();
		return new ManufacturerDisputeRecord(manufacturerId, name, shipped, disputedOrders, list.size(), median,
				unanswered);
	}

	/** Now, by the application's clock: pages count down to deadlines from it. */
	public Instant now() {
		return clock.instant();
	}

	/**
	 * The disputes whose manufacturer let its deadline pass, soonest deadline first, at
	 * most {@code limit}: what the dispute-escalation job escalates.
	 */
	public List<UUID> overdue(int limit) {
		return disputes.overdue(clock.instant(), PageRequest.of(0, limit));
	}

}
