package com.ayurlahi.products.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Portal;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.common.web.Choices;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.DosageForm;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductListing.Removal;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * The manufacturer's own products: a searchable list, the product form (create and edit),
 * stock, taking a product off the catalog and deleting it.
 */
@Controller
@RequestMapping("/manufacturer/products")
class ManufacturerProductsController {

	private static final String FORM = "manufacturer/product";

	private static final int PAGE_SIZE = 25;

	private static final Map<String, String> FORMS = Choices.of(DosageForm.values(), DosageForm::label);

	private static final Map<String, String> GST_RATES = Choices.of(new String[] { "0", "5", "12", "18" }, rate -> rate,
			rate -> rate + "%");

	private final ProductCatalog catalog;

	private final ProductListing listing;

	private final ManufacturerManagement manufacturers;

	ManufacturerProductsController(ProductCatalog catalog, ProductListing listing,
			ManufacturerManagement manufacturers) {
		this.catalog = catalog;
		this.listing = listing;
		this.manufacturers = manufacturers;
	}

	@Bean
	static NavigationItem manufacturerProductsNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Products", "/manufacturer/products", 10);
	}

	@GetMapping
	String list(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("filter") ProductFilterFormData filter,
			Model model) {
		Optional<Manufacturer> manufacturer = manufacturers.findOwnedBy(user.id());
		model.addAttribute("manufacturer", manufacturer.orElse(null));
		model.addAttribute("forms", DosageForm.values());
		manufacturer.ifPresent(own -> addResults(user, filter, model));
		return "manufacturer/products";
	}

	@HxRequest
	@GetMapping
	String results(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") ProductFilterFormData filter, Model model) {
		addResults(user, filter, model);
		return "manufacturer/products :: product-results";
	}

	@GetMapping("/new")
	String newProduct(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		requireApproved(user);
		model.addAttribute("product", ProductFormData.empty());
		return form(null, model, user);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("product") ProductFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.stockQuantity() == null && !errors.hasFieldErrors("stockQuantity")) {
			errors.rejectValue("stockQuantity", "required", "Enter how many units you have for clinics to order.");
		}
		if (errors.hasErrors()) {
			return form(null, model, user);
		}
		ProductView created;
		try {
			created = listing.create(user, form.toDetails(), form.stockQuantity());
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "name");
			return form(null, model, user);
		}
		FlashMessage.success(redirect, created.name() + " is in your catalog; clinics can order it now.");
		return "redirect:/manufacturer/products/" + created.id();
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		ProductView product = catalog.get(id, user);
		model.addAttribute("product", ProductFormData.of(product));
		return form(product, model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@Valid @ModelAttribute("product") ProductFormData form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProductView existing = catalog.get(id, user);
		if (errors.hasErrors()) {
			return form(existing, model, user);
		}
		try {
			listing.update(id, form.toDetails(), user);
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "name");
			return form(existing, model, user);
		}
		FlashMessage.success(redirect, "Your changes to " + form.name() + " are saved.");
		return "redirect:/manufacturer/products/" + id;
	}

	@PostMapping("/{id}/stock")
	String setStock(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("stock") StockFormData stock, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			ProductView product = listing.setStock(id, stock.expected(), stock.quantity(), user);
			FlashMessage.success(redirect, "Stock of " + product.name() + " is now " + product.stockQuantity() + ".");
			return "redirect:/manufacturer/products/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "stockQuantity");
		}
		ProductView product = catalog.get(id, user);
		model.addAttribute("product", ProductFormData.of(product));
		return form(product, model, user);
	}

	@PostMapping("/{id}/low-stock")
	String setLowStock(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("lowStock") LowStockFormData lowStock, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ProductView product = catalog.get(id, user);
		try {
			int level = listing.setLowStockThreshold(id, lowStock.level(), user);
			FlashMessage.success(redirect, product.name() + " shows as running low on your dashboard at " + level
					+ (level == 1 ? " unit" : " units") + " or fewer.");
			return "redirect:/manufacturer/products/" + id;
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "threshold");
		}
		model.addAttribute("product", ProductFormData.of(product));
		return form(product, model, user);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable UUID id, @RequestParam boolean active,
			@AuthenticationPrincipal AuthenticatedUser user, RedirectAttributes redirect) {
		ProductView product = listing.setActive(id, active, user);
		FlashMessage.success(redirect,
				product.name() + (active ? " is offered to clinics again." : " is no longer offered to clinics."));
		return "redirect:/manufacturer/products/" + id;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser user, RedirectAttributes redirect) {
		String name = catalog.get(id, user).name();
		Removal removal = listing.delete(id, user);
		FlashMessage.success(redirect, removal == Removal.ERASED ? name + " is deleted."
				: name + " is deleted from your catalog; the orders that include it still show it.");
		return "redirect:/manufacturer/products";
	}

	private void addResults(AuthenticatedUser user, ProductFilterFormData filter, Model model) {
		CatalogQuery query = filter.toQuery();
		model.addAttribute("results", catalog.search(query, user, filter.pageable(PAGE_SIZE)));
		model.addAttribute("textTooShort", query.textTooShort());
	}

	private String form(@Nullable ProductView existing, Model model, AuthenticatedUser user) {
		model.addAttribute("existing", existing);
		if (existing != null && !model.containsAttribute("stock")) {
			model.addAttribute("stock", StockFormData.of(existing.stockQuantity()));
		}
		if (existing != null && !model.containsAttribute("lowStock")) {
			model.addAttribute("lowStock", LowStockFormData.of(listing.lowStockThreshold(existing.id(), user)));
		}
		model.addAttribute("forms", FORMS);
		model.addAttribute("gstRates", GST_RATES);
		return FORM;
	}

	private void requireApproved(AuthenticatedUser user) {
		Optional<Manufacturer> manufacturer = manufacturers.findOwnedBy(user.id());
		if (manufacturer.isEmpty() || manufacturer.get().getStatus() != ApprovalStatus.APPROVED) {
			throw new ConflictException("You can list products once the Ayurlahi team has approved your profile.");
		}
	}

}
