package com.ayurlahi.invoices.rest;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.invoices.InvoiceKind;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/invoices}: the documents the caller may see, newest first, of one kind if
 * asked ({@code ?kind=SUBSCRIPTION_INVOICE}); an order's tax invoice issued on demand by
 * the team (201 when issued now, 200 when it was before), a document and an order's
 * documents as JSON, and the PDF as issued. Whoever may not see one gets 404.
 */
@RestController
@RequestMapping("/api/invoices")
class InvoicesRestController {

	private final InvoiceManagement invoices;

	InvoicesRestController(InvoiceManagement invoices) {
		this.invoices = invoices;
	}

	/** Newest first, in Spring Data's page format. */
	@GetMapping
	PagedModel<InvoiceJson> list(@AuthenticationPrincipal AuthenticatedUser viewer,
			@RequestParam(required = false) @Nullable String kind, @PageableDefault(size = 20) Pageable pageable) {
		Pageable page = Pages.checked(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), Map.of());
		return new PagedModel<>(invoices.listFor(viewer, kinds(kind), page).map(InvoiceJson::of));
	}

	@ApiResponse(responseCode = "201", description = "The invoice, issued now", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The invoice the order already has", useReturnTypeSchema = true)
	@PostMapping("/generate/{orderId}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
	ResponseEntity<InvoiceJson> generate(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser staff) {
		InvoiceManagement.Issued issued = invoices.generateFor(orderId, staff);
		return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(InvoiceJson.of(issued.invoice()));
	}

	@GetMapping("/{invoiceId}")
	InvoiceJson invoice(@PathVariable UUID invoiceId, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return InvoiceJson.of(invoices.get(invoiceId, viewer));
	}

	@GetMapping("/order/{orderId}")
	List<InvoiceJson> forOrder(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser viewer) {
		return invoices.forOrder(orderId, viewer).stream().map(InvoiceJson::of).toList();
	}

	@GetMapping("/{invoiceId}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID invoiceId, @AuthenticationPrincipal AuthenticatedUser viewer) {
		InvoiceManagement.Pdf pdf = invoices.pdf(invoiceId, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
			.body(pdf.content());
	}

	/**
	 * Every kind when none is named; a kind we don't issue is refused, naming the ones we
	 * do.
	 */
	private static Set<InvoiceKind> kinds(@Nullable String kind) {
		if (kind == null || kind.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(InvoiceKind.values())
			.filter(candidate -> candidate.name().equals(kind.strip()))
			.findFirst()
			.map(EnumSet::of)
			.orElseThrow(() -> new InvalidInputException("kind", "Use one of: "
					+ Arrays.stream(InvoiceKind.values()).map(InvoiceKind::name).collect(Collectors.joining(", "))
					+ "."));
	}

}
