package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.subscriptions.Plan;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.SubscriptionSettings;

/**
 * Works out the platform's documents to a clinic for its subscription. The tax invoice of
 * a charge: the platform supplies (its name, GSTIN, address and series from the
 * settings), the clinic receives (its legal name, GSTIN and address), the place of supply
 * is the clinic's state (a service to a registered business is supplied where the
 * business is), one line of the service (SAC and GST rate from the subscriptions
 * settings, quantity 1, the charge's taxable value) with CGST + SGST when the clinic is
 * in the platform's state and IGST otherwise, through the same tax calculator as every
 * other document. It must add up to the captured amount to the paisa, or it is not
 * issued. The credit note of a refund: against the charge's invoice, the same parties and
 * line, its figures the refund's share of the invoice's ({@link ProportionalCredit}).
 */
@Component
class SubscriptionInvoiceDrafts {

	static final String UNIT = "OTH";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)
		.withZone(CommissionInvoiceDrafts.INDIA);

	private final SubscriptionCharges charges;

	private final Plans plans;

	private final ClinicManagement clinics;

	private final Invoices invoices;

	private final InvoiceSettings settings;

	private final SubscriptionSettings subscriptionSettings;

	SubscriptionInvoiceDrafts(SubscriptionCharges charges, Plans plans, ClinicManagement clinics, Invoices invoices,
			InvoiceSettings settings, SubscriptionSettings subscriptionSettings) {
		this.charges = charges;
		this.plans = plans;
		this.clinics = clinics;
		this.invoices = invoices;
		this.settings = settings;
		this.subscriptionSettings = subscriptionSettings;
	}

	InvoiceDraft invoice(OwedDocument owed) {
		UUID chargeId = Objects.requireNonNull(owed.getSubscriptionChargeId());
		SubscriptionCharge charge = charges.findById(chargeId)
			.orElseThrow(() -> new InvoiceNotIssuable("Subscription charge " + chargeId + " is missing."));
		Plan plan = plans.findById(charge.getPlanId())
			.orElseThrow(() -> new InvoiceNotIssuable("The plan of subscription charge " + chargeId + " is missing."));
		Clinic clinic = clinics.find(charge.getClinicId())
			.orElseThrow(
					() -> new InvoiceNotIssuable("The clinic of subscription charge " + chargeId + " is missing."));
		InvoiceParty platform = settings.platform().party();
		InvoiceParty recipient = new InvoiceParty(clinic.getLegalName(), clinic.getGstin().value(),
				clinic.getAddress().singleLine(), clinic.getGstin().state());
		TaxType type = TaxType.of(platform.state(), recipient.state());
		TaxLine tax = GstCalculator.line(charge.getTaxableValue(), 1, subscriptionSettings.gstRate(), type);
		InvoiceLine line = InvoiceLine.of(1, null, subscriptionSettings.sac(), description(charge, plan), 1, UNIT,
				charge.getTaxableValue(), tax);
		InvoiceDraft draft = new InvoiceDraft(owed, CommissionInvoiceDrafts.SUPPLIER_KEY,
				settings.platform().numberPrefix(), platform, recipient, recipient.state(), null, type, List.of(line),
				null, clinic.getOwnerUserId(), null, null, null, null, null);
		BigDecimal captured = Objects.requireNonNull(owed.getAmount());
		if (draft.total().compareTo(captured) != 0) {
			throw new InvoiceNotIssuable("Its taxable value " + Money.format(charge.getTaxableValue()) + " with "
					+ InvoiceDocument.rate(subscriptionSettings.gstRate()) + " GST adds up to "
					+ Money.format(draft.total()) + " but " + Money.format(captured) + " was charged ("
					+ charge.getGatewayPaymentId() + ").");
		}
		return draft;
	}

	/**
	 * The credit note of a refund, once the charge's invoice is issued. The invoice is
	 * locked until the credit note is recorded, so that two refunds of one charge are
	 * worked out one after the other, each knowing what the other gave back.
	 */
	InvoiceDraft creditNote(OwedDocument owed) {
		UUID chargeId = Objects.requireNonNull(owed.getSubscriptionChargeId());
		Invoice original = invoices
			.findForUpdateBySubscriptionChargeIdAndKind(chargeId, InvoiceKind.SUBSCRIPTION_INVOICE)
			.orElseThrow(() -> new InvoiceNotReady("The charge's tax invoice is not issued yet."));
		BigDecimal refund = Objects.requireNonNull(owed.getAmount());
		BigDecimal refundedBefore = invoices.creditedAgainst(original.getId());
		if (original.getLines().size() != 1) {
			throw new InvoiceNotIssuable(
					"Invoice " + original.getNumber() + " does not have the one line of a charge.");
		}
		if (refund.signum() <= 0 || refundedBefore.add(refund).compareTo(original.getTotal()) > 0) {
			throw new InvoiceNotIssuable("A refund of " + Money.format(refund) + " after "
					+ Money.format(refundedBefore) + " credited before does not fit invoice " + original.getNumber()
					+ " of " + Money.format(original.getTotal()) + ".");
		}
		InvoiceLine invoiced = original.getLines().getFirst();
		TaxLine credited = ProportionalCredit.of(invoiced.tax(), refundedBefore, refund);
		InvoiceLine line = new InvoiceLine(1, null, invoiced.hsnCode(), invoiced.description(), 1, invoiced.unit(),
				credited.taxableValue(), credited.gstRate(), credited.taxableValue(), credited.cgst(), credited.sgst(),
				credited.igst(), credited.total());
		return new InvoiceDraft(owed, original.getSupplierKey(), settings.platform().numberPrefix(),
				original.getSupplier(), original.getRecipient(), original.getPlaceOfSupply(), null,
				original.getTaxType(), List.of(line), null, original.getClinicUserId(), null, original, null,
				reason(refund, original, owed.getGatewayRefundId()), null);
	}

	/**
	 * "Clinic Plus plan, 01 Jan 2027 – 01 Feb 2027", or "Upgrade to Clinic Plus plan for
	 * the rest of the cycle, 10 Jan 2027 – 01 Feb 2027".
	 */
	static String description(SubscriptionCharge charge, Plan plan) {
		String period = period(charge.getPeriodStart(), charge.getPeriodEnd());
		return switch (charge.getKind()) {
			case RENEWAL -> plan.getName() + " plan" + (period == null ? ", monthly subscription" : ", " + period);
			case UPFRONT -> "Upgrade to " + plan.getName() + " plan for the rest of the cycle"
					+ (period == null ? "" : ", " + period);
		};
	}

	private static @Nullable String period(@Nullable Instant start, @Nullable Instant end) {
		return start == null || end == null ? null : DAY.format(start) + " – " + DAY.format(end);
	}

	private static String reason(BigDecimal refund, Invoice original, @Nullable String gatewayRefundId) {
		String what = refund.compareTo(original.getTotal()) == 0 ? "The subscription charge was refunded"
				: "Part of the subscription charge (" + Money.format(refund) + ") was refunded";
		return what + " to the clinic through Razorpay" + (gatewayRefundId == null ? "" : " (" + gatewayRefundId + ")")
				+ ".";
	}

}
