package com.ayurlahi.orders.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.web.Pages;
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * {@code /api/orders}: an approved clinic places orders (one manufacturer's products
 * each) and cancels them until packing starts, an ADMIN until they ship; the
 * manufacturer, ADMIN and SUPPORT move them on; the manufacturer and ADMIN cancel items.
 * A manufacturer never cancels a whole order (its {@code CANCELLED} through the status
 * endpoint is a 409): it cancels the items it can't supply. Each role lists and reads
 * only the orders it may see; anyone else's does not exist (404). Illegal status changes
 * are 409 with the allowed ones named.
 */
@RestController
@RequestMapping("/api/orders")
class OrdersRestController {

	private final OrderPlacement placement;

	private final OrderManagement orders;

	OrdersRestController(OrderPlacement placement, OrderManagement orders) {
		this.placement = placement;
		this.orders = orders;
	}

	@ApiResponse(responseCode = "201", description = "The order, waiting for payment", useReturnTypeSchema = true)
	@PostMapping
	@PreAuthorize("hasRole('CLINIC')")
	ResponseEntity<OrderJson> place(@AuthenticationPrincipal AuthenticatedUser clinic,
			@Valid @RequestBody OrderRequest request) {
		OrderView order = placement.place(clinic, request.lines(),
				request.shippingAddress() == null ? null : request.shippingAddress().toAddress(), OrderSource.WEB);
		return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(json(order, clinic));
	}

	/** Newest first. */
	@GetMapping
	PagedModel<OrderSummaryJson> list(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable OrderStatus status,
			@PageableDefault(size = 20) Pageable pageable) {
		Set<OrderStatus> statuses = status == null ? Set.of() : EnumSet.of(status);
		Pageable page = Pages.checked(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), Map.of());
		return new PagedModel<>(orders.search(OrderFilter.of(statuses), viewer, page).map(OrderSummaryJson::of));
	}

	@GetMapping("/{id}")
	OrderJson one(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return json(orders.get(id, viewer), viewer);
	}

	@PatchMapping("/{id}/status")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN', 'SUPPORT')")
	OrderJson changeStatus(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@Valid @RequestBody StatusChangeRequest request) {
		OrderStatus status = Objects.requireNonNull(request.status());
		return json(orders.changeStatus(id, status, Shipment.of(request.carrier(), request.trackingNumber()),
				request.note(), user), user);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('CLINIC', 'ADMIN')")
	OrderJson cancel(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@RequestBody(required = false) @Nullable ReasonRequest request) {
		return json(orders.cancel(id, ReasonRequest.of(request), user), user);
	}

	@PostMapping("/{id}/items/{itemId}/cancel")
	@PreAuthorize("hasAnyRole('MANUFACTURER', 'ADMIN')")
	OrderJson cancelItem(@PathVariable UUID id, @PathVariable UUID itemId,
			@AuthenticationPrincipal AuthenticatedUser user,
			@RequestBody(required = false) @Nullable ReasonRequest request) {
		return json(orders.cancelItem(id, itemId, ReasonRequest.of(request), user), user);
	}

	private static OrderJson json(OrderView order, AuthenticatedUser viewer) {
		return OrderJson.of(order, viewer.role() != Role.CLINIC);
	}

}
