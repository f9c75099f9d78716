package com.ayurlahi.whatsapp.notices;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.invoices.InvoiceIssued;
import com.ayurlahi.invoices.InvoiceKind;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Tells the clinic over WhatsApp that the tax invoice of its paid order is issued, with a
 * link to it in the portal. Credit notes go with the refund's own notice
 * ({@link RefundNotices}); commission invoices are the manufacturers' business with the
 * platform.
 */
@Component
class InvoiceNotices {

	private final Notices notices;

	InvoiceNotices(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(InvoiceIssued issued) {
		if (issued.kind() != InvoiceKind.TAX_INVOICE || issued.clinicUserId() == null || issued.orderNumber() == null) {
			return;
		}
		String link = notices.link("/invoices/" + issued.invoiceId());
		notices.send(issued.clinicUserId(), NoticeKind.INVOICE_ISSUED, "invoice/" + issued.invoiceId() + "/clinic",
				"Invoice " + issued.invoiceNumber() + " for order " + issued.orderNumber() + " ("
						+ Money.format(issued.total()) + ") is issued: " + link,
				Notices.values("invoiceNumber", issued.invoiceNumber(), "orderNumber", issued.orderNumber(), "link",
						link));
	}

}
