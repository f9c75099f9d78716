package com.ayurlahi.orders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * A clinic's cart, kept in the database so that it outlives sessions and works on any app
 * instance. Adding checks the product can be ordered, the minimum order and the stock at
 * that moment; the cart view checks them again, since stock and catalog change while a
 * cart waits.
 */
@Service
@Transactional
public class Cart {

	private final CartItems items;

	private final ClinicManagement clinics;

	private final ProductCatalog catalog;

	private final Clock clock;

	Cart(CartItems items, ClinicManagement clinics, ProductCatalog catalog, Clock clock) {
		this.items = items;
		this.clinics = clinics;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Adds units of a product (to those already in the cart).
	 * @return the product, for the confirmation
	 */
	public ProductView add(AuthenticatedUser user, UUID productId, int quantity) {
		Clinic clinic = clinicOf(user);
		int inCart = items.of(clinic.getId()).getOrDefault(productId, 0);
		ProductView product = orderable(productId);
		if (quantity < 1) {
			throw new InvalidInputException("quantity", "Add at least one unit.");
		}
		put(clinic, product, inCart + quantity, inCart);
		return product;
	}

	/** Sets a line's quantity; 0 removes the line. */
	public void setQuantity(AuthenticatedUser user, UUID productId, int quantity) {
		Clinic clinic = clinicOf(user);
		if (quantity == 0) {
			items.remove(clinic.getId(), productId);
			return;
		}
		if (quantity < 0) {
			throw new InvalidInputException("quantity", "Enter the number of units, or 0 to remove the line.");
		}
		put(clinic, orderable(productId), quantity, 0);
	}

	public void remove(AuthenticatedUser user, UUID productId) {
		items.remove(clinicOf(user).getId(), productId);
	}

	/**
	 * How many lines the cart has, for the header's badge; 0 for a clinic user without a
	 * profile yet.
	 */
	@Transactional(readOnly = true)
	public int lineCount(AuthenticatedUser user) {
		return clinics.findOwnedBy(user.id()).map(clinic -> items.count(clinic.getId())).orElse(0);
	}

	/** The cart priced for delivery to the clinic's own state. */
	@Transactional(readOnly = true)
	public CartView view(AuthenticatedUser user) {
		Clinic clinic = clinicOf(user);
		return view(clinic, clinic.getAddress().state());
	}

	/** The cart priced for delivery to {@code deliveryState}, the place of supply. */
	@Transactional(readOnly = true)
	public CartView view(AuthenticatedUser user, IndianState deliveryState) {
		return view(clinicOf(user), deliveryState);
	}

	/**
	 * Puts what is still available of a past order back in the cart: each product that
	 * can be ordered, with the quantity ordered then, or what stock allows if that is
	 * less (but at least the minimum order).
	 * @return the names of the products that could not be added
	 */
	public List<String> reorder(AuthenticatedUser user, OrderView order) {
		Clinic clinic = clinicOf(user);
		Map<UUID, ProductView> products = catalog
			.findAll(order.items().stream().map(OrderView.Item::productId).toList())
			.stream()
			.collect(Collectors.toMap(ProductView::id, Function.identity()));
		Map<UUID, Integer> inCart = items.of(clinic.getId());
		List<String> unavailable = new ArrayList<>();
		for (OrderView.Item item : order.items()) {
			ProductView product = products.get(item.productId());
			int wanted = inCart.getOrDefault(item.productId(), 0) + item.quantity();
			int possible = product == null ? 0 : Math.min(wanted, product.stockQuantity());
			if (product == null || !product.orderable() || possible < product.minOrderQuantity()) {
				unavailable.add(item.productName());
				continue;
			}
			items.put(clinic.getId(), product.id(), possible, clock.instant());
		}
		return unavailable;
	}

	/** Empties the lines of these products, once they are ordered. */
	void removeOrdered(UUID clinicId, Set<UUID> productIds) {
		items.removeAll(clinicId, productIds);
	}

	CartView view(Clinic clinic, IndianState deliveryState) {
		Map<UUID, Integer> quantities = items.of(clinic.getId());
		List<ProductView> products = catalog.findAll(quantities.keySet());
		Map<UUID, List<ProductView>> byManufacturer = products.stream()
			.sorted(Comparator.comparing(ProductView::manufacturerName).thenComparing(ProductView::name))
			.collect(Collectors.groupingBy(ProductView::manufacturerId, LinkedHashMap::new, Collectors.toList()));
		List<CartView.Group> groups = new ArrayList<>();
		byManufacturer.forEach((manufacturerId, ofManufacturer) -> {
			ProductView first = ofManufacturer.getFirst();
			TaxType taxType = TaxType.of(first.manufacturerState(), deliveryState);
			List<CartView.Line> lines = ofManufacturer.stream().map(product -> {
				int quantity = quantities.get(product.id());
				return new CartView.Line(product, quantity,
						GstCalculator.line(product.unitPrice(), quantity, product.gstRate(), taxType),
						problem(product, quantity));
			}).toList();
			groups.add(new CartView.Group(manufacturerId, first.manufacturerName(), first.manufacturerState(), taxType,
					lines));
		});
		return new CartView(deliveryState, groups);
	}

	Clinic clinicOf(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinics have a cart");
		}
		return clinics.findOwnedBy(user.id())
			.orElseThrow(() -> new ConflictException("Create your clinic profile first; then you can fill a cart."));
	}

	private void put(Clinic clinic, ProductView product, int quantity, int alreadyInCart) {
		if (quantity > OrderPlacement.MAX_QUANTITY) {
			throw new InvalidInputException("quantity", "Order at most 1,00,000 units of a product.");
		}
		if (quantity < product.minOrderQuantity()) {
			throw new InvalidInputException("quantity",
					"The minimum order of " + product.name() + " is " + product.minOrderQuantity() + " units.");
		}
		if (quantity > product.stockQuantity()) {
			throw new ConflictException("quantity",
					product.stockQuantity() == 0 ? product.name() + " is out of stock."
							: "Only " + product.stockQuantity() + " of " + product.name() + " are in stock"
									+ (alreadyInCart > 0 ? " and your cart already has " + alreadyInCart : "") + ".");
		}
		items.put(clinic.getId(), product.id(), quantity, clock.instant());
	}

	private ProductView orderable(UUID productId) {
		return catalog.findAll(Set.of(productId))
			.stream()
			.filter(ProductView::orderable)
			.findFirst()
			.orElseThrow(() -> new ConflictException("productId", "This product can't be ordered any more."));
	}

	private static @Nullable String problem(ProductView product, int quantity) {
		if (!product.orderable()) {
			return "No longer available: remove it from your cart.";
		}
		if (product.stockQuantity() == 0) {
			return "Out of stock now.";
		}
		if (quantity > product.stockQuantity()) {
			return "Only " + product.stockQuantity() + " in stock now: lower the quantity.";
		}
		if (quantity < product.minOrderQuantity()) {
			return "The minimum order is " + product.minOrderQuantity() + " units.";
		}
		return null;
	}

}
