package com.ayurlahi.invoices.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.invoices.InvoiceKind;
import com.ayurlahi.users.Role;

/**
 * The invoice lists' filter as the page sends it, read leniently: a kind the page does
 * not know shows every document.
 */
record InvoiceFilterFormData(@Nullable String kind) {

	Set<InvoiceKind> kinds() {
		return Arrays.stream(InvoiceKind.values())
			.filter(candidate -> candidate.name().equals(kind))
			.findFirst()
			.map(EnumSet::of)
			.orElseGet(() -> EnumSet.noneOf(InvoiceKind.class));
	}

	/** The kinds a role's list offers: those it can receive or issue. */
	static List<InvoiceKind> offered(Role role) {
		return switch (role) {
			case CLINIC -> List.of(InvoiceKind.TAX_INVOICE, InvoiceKind.CREDIT_NOTE, InvoiceKind.SUBSCRIPTION_INVOICE,
					InvoiceKind.SUBSCRIPTION_CREDIT_NOTE);
			case MANUFACTURER ->
				List.of(InvoiceKind.TAX_INVOICE, InvoiceKind.CREDIT_NOTE, InvoiceKind.COMMISSION_INVOICE);
			case ADMIN, SUPPORT -> List.of(InvoiceKind.values());
		};
	}

}
