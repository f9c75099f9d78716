package com.ayurlahi.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Turns a clinic's cart into orders: one per manufacturer, each placed by
 * {@link OrderPlacement}, all delivered to one address, in one transaction. Either every
 * order is placed (and its lines leave the cart) or none is, and the cart stays as it
 * was. The clinic's plan counts each order ({@link OrderAllowance}), so a cart of three
 * manufacturers uses three of the month's orders; a cart that needs more than are left is
 * refused before anything is placed, and a repeated checkout finds the cart empty and
 * counts nothing.
 */
@Service
@Transactional
public class Checkout {

	private final Cart cart;

	private final OrderPlacement placement;

	private final ObjectProvider<OrderAllowance> allowance;

	Checkout(Cart cart, OrderPlacement placement, ObjectProvider<OrderAllowance> allowance) {
		this.cart = cart;
		this.placement = placement;
		this.allowance = allowance;
	}

	/**
	 * Places the orders as the portal and the API do ({@link OrderSource#WEB}).
	 * @param shipTo where the goods go (its state is the place of supply); the clinic's
	 * own address if null
	 * @return the orders placed, one per manufacturer
	 */
	public List<OrderView> placeOrders(AuthenticatedUser user, @Nullable PostalAddress shipTo) {
		return place(user, shipTo, OrderSource.WEB);
	}

	/**
	 * Places the orders, recording where the clinic placed them (a WhatsApp message,
	 * say).
	 * @return the orders placed, one per manufacturer
	 */
	public List<OrderView> placeOrders(AuthenticatedUser user, @Nullable PostalAddress shipTo, OrderSource source) {
		return place(user, shipTo, source);
	}

	private List<OrderView> place(AuthenticatedUser user, @Nullable PostalAddress shipTo, OrderSource source) {
		Clinic clinic = cart.clinicOf(user);
		CartView view = cart.view(clinic, shipTo == null ? clinic.getAddress().state() : shipTo.state());
		if (view.isEmpty()) {
			throw new ConflictException("Your cart is empty.");
		}
		if (!view.readyForCheckout()) {
			throw new ConflictException(
					"Some lines of your cart can't be ordered as they are: correct them in the cart first.");
		}
		OrderPlacement.allowanceOf(allowance).check(clinic.getId(), source, view.groups().size());
		Set<UUID> ordered = new HashSet<>();
		List<OrderView> placed = new ArrayList<>();
		for (CartView.Group group : view.groups()) {
			List<OrderLine> lines = group.lines()
				.stream()
				.map(line -> new OrderLine(line.product().id(), line.quantity()))
				.toList();
			lines.forEach(line -> ordered.add(line.productId()));
			placed.add(placement.place(user, lines, shipTo, source));
		}
		cart.removeOrdered(clinic.getId(), ordered);
		return placed;
	}

}
