package com.ayurlahi.invoices.rest;

import java.util.List;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * {@code /api/invoices}: an order's tax invoice issued on demand by the team (201 when
 * issued now, 200 when it was before), a document and an order's documents as JSON, and
 * the PDF as issued. Whoever may not see one gets 404.
 */
@RestController
@RequestMapping("/api/invoices")
class InvoicesRestController {

	private final InvoiceManagement invoices;

	InvoicesRestController(InvoiceManagement invoices) {
		this.invoices = invoices;
	}

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

}
