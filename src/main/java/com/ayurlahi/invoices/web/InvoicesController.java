package com.ayurlahi.invoices.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.invoices.InvoiceKind;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.users.AuthenticatedUser;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

/**
 * Invoices and credit notes in the portals: each portal's list (filtered by kind; the
 * results refresh with htmx), the documents of an order (a fragment the order pages
 * load), the clinic's subscription invoices and credit notes (a page of their own and the
 * fragment the "Plan and billing" page loads), the PDF as issued, and the same document
 * as an HTML page. Whoever may not see a document gets a 404, as if it did not exist.
 */
@Controller
class InvoicesController {

	private static final int PAGE_SIZE = 25;

	private static final String PLAN_INVOICES = "/clinic/plan/invoices";

	/** The HTML document carries its own styles and no scripts. */
	private static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

	private final InvoiceManagement invoices;

	InvoicesController(InvoiceManagement invoices) {
		this.invoices = invoices;
	}

	@Bean
	static NavigationItem clinicInvoicesNavigation() {
		return new NavigationItem(Portal.CLINIC, "Invoices", "/clinic/invoices", 40);
	}

	@Bean
	static NavigationItem manufacturerInvoicesNavigation() {
		return new NavigationItem(Portal.MANUFACTURER, "Invoices", "/manufacturer/invoices", 35);
	}

	@Bean
	static NavigationItem adminInvoicesNavigation() {
		return new NavigationItem(Portal.ADMIN, "Invoices", "/admin/invoices", 55);
	}

	@GetMapping({ "/clinic/invoices", "/manufacturer/invoices", "/admin/invoices" })
	String list(@AuthenticationPrincipal AuthenticatedUser user, @ModelAttribute("filter") InvoiceFilterFormData filter,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, page, model);
		model.addAttribute("kinds", InvoiceFilterFormData.offered(user.role()));
		if (user.role().isStaff()) {
			model.addAttribute("failing", invoices.failing(PAGE_SIZE));
			model.addAttribute("owed", invoices.owed());
		}
		return "invoices/list";
	}

	@HxRequest(boosted = false)
	@GetMapping({ "/clinic/invoices", "/manufacturer/invoices", "/admin/invoices" })
	String listResults(@AuthenticationPrincipal AuthenticatedUser user,
			@ModelAttribute("filter") InvoiceFilterFormData filter,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addList(user, filter, page, model);
		return "invoices/list :: invoice-results";
	}

	/** The clinic's subscription invoices and credit notes, as a page of their own. */
	@GetMapping(PLAN_INVOICES)
	String planInvoices(@AuthenticationPrincipal AuthenticatedUser clinic,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addPlanInvoices(clinic, page, model);
		return "invoices/plan";
	}

	/** The same list, for the "Plan and billing" page to load into itself. */
	@HxRequest(boosted = false)
	@GetMapping(PLAN_INVOICES)
	String planInvoicesFragment(@AuthenticationPrincipal AuthenticatedUser clinic,
			@RequestParam(required = false) @Nullable String page, Model model) {
		addPlanInvoices(clinic, page, model);
		return "invoices/plan :: plan-invoices";
	}

	/** The order's documents, for the order pages to load into themselves. */
	@GetMapping("/invoices/order/{orderId}")
	String forOrder(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("invoices", invoices.forOrder(orderId, user));
		model.addAttribute("orderId", orderId);
		return "invoices/list :: order-documents";
	}

	@GetMapping("/invoices/{invoiceId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID invoiceId, @AuthenticationPrincipal AuthenticatedUser user) {
		InvoiceManagement.Pdf pdf = invoices.pdf(invoiceId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf.content());
	}

	private void addList(AuthenticatedUser user, InvoiceFilterFormData filter, @Nullable String page, Model model) {
		String portal = user.role().portal().path();
		model.addAttribute("invoices",
				invoices.listFor(user, filter.kinds(), PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("listPath", portal + "/invoices");
		model.addAttribute("ordersPath", portal + "/orders");
	}

	private void addPlanInvoices(AuthenticatedUser clinic, @Nullable String page, Model model) {
		model.addAttribute("invoices", invoices.listFor(clinic, InvoiceKind.subscriptionKinds(),
				PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("listPath", PLAN_INVOICES);
	}

	@GetMapping(value = "/invoices/{invoiceId}", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	ResponseEntity<String> document(@PathVariable UUID invoiceId, @AuthenticationPrincipal AuthenticatedUser user) {
		return ResponseEntity.ok()
			.header("Content-Security-Policy", DOCUMENT_POLICY)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(invoices.html(invoiceId, user));
	}

}
