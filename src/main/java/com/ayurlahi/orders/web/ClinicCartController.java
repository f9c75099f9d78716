package com.ayurlahi.orders.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The clinic's cart: adding from the catalog, changing quantities, removing lines. With
 * htmx each change answers with the part of the page it touched and fires
 * {@value #CART_CHANGED}, on which the header's badge and the cart's summary reload
 * themselves; without JavaScript every form posts and redirects.
 */
@Controller
@RequestMapping("/clinic/cart")
class ClinicCartController {

	static final String CART_CHANGED = "cartChanged";

	private static final String PAGE = "clinic/cart";

	private final Cart cart;

	ClinicCartController(Cart cart) {
		this.cart = cart;
	}

	@Bean
	static NavigationItem clinicCartNavigation() {
		return new NavigationItem(Portal.CLINIC, "Cart", "/clinic/cart", 20, "/clinic/cart/badge", CART_CHANGED);
	}

	@GetMapping
	String page(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("cart", cart.view(user));
		return PAGE;
	}

	@HxRequest
	@GetMapping
	String cartFragment(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("cart", cart.view(user));
		return PAGE + " :: cart";
	}

	@GetMapping("/badge")
	String badge(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("count", cart.lineCount(user));
		return "fragments/cart :: badge";
	}

	/**
	 * Adds from a catalog card or a product page and says so below its form. A refusal
	 * goes to the portals' exception handler, which shows it there instead.
	 */
	@HxRequest
	@PostMapping("/items")
	String addFromCatalog(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam UUID productId,
			@RequestParam(required = false) @Nullable String quantity, Model model, HtmxResponse htmx) {
		model.addAttribute("added", cart.add(user, productId, units(quantity)));
		htmx.addTrigger(CART_CHANGED);
		return "fragments/cart :: add-status";
	}

	@PostMapping("/items")
	String add(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam UUID productId,
			@RequestParam(required = false) @Nullable String quantity, RedirectAttributes redirect) {
		try {
			ProductView product = cart.add(user, productId, units(quantity));
			FlashMessage.success(redirect, product.name() + " is in your cart.");
		}
		catch (InvalidInputException | ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return "redirect:/clinic/cart";
	}

	/**
	 * A line's new quantity: the cart again. A refusal goes to the portals' exception
	 * handler, which shows it at the line.
	 */
	@HxRequest
	@PostMapping("/items/{productId}")
	String changeInPlace(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID productId,
			@RequestParam(required = false) @Nullable String quantity, Model model, HtmxResponse htmx) {
		cart.setQuantity(user, productId, units(quantity));
		htmx.addTrigger(CART_CHANGED);
		model.addAttribute("cart", cart.view(user));
		return PAGE + " :: cart";
	}

	@PostMapping("/items/{productId}")
	String change(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID productId,
			@RequestParam(required = false) @Nullable String quantity, RedirectAttributes redirect) {
		try {
			cart.setQuantity(user, productId, units(quantity));
		}
		catch (InvalidInputException | ConflictException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return "redirect:/clinic/cart";
	}

	@HxRequest
	@PostMapping("/items/{productId}/remove")
	String removeInPlace(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID productId, Model model,
			HtmxResponse htmx) {
		cart.remove(user, productId);
		htmx.addTrigger(CART_CHANGED);
		model.addAttribute("cart", cart.view(user));
		return PAGE + " :: cart";
	}

	@PostMapping("/items/{productId}/remove")
	String remove(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID productId) {
		cart.remove(user, productId);
		return "redirect:/clinic/cart";
	}

	/** The units asked for; anything that is not a whole number is refused as such. */
	static int units(@Nullable String quantity) {
		try {
			return quantity == null ? 1 : Integer.parseInt(quantity.strip());
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("quantity", "Enter the number of units as a whole number.");
		}
	}

}
