package com.ayurlahi.invoices;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;

/**
 * The part of an invoice's figures a refund of a sum of money gives back, in the
 * invoice's own proportion of taxable value to tax. The figures are worked out for all
 * refunded against the invoice so far, this refund included, less those for what was
 * refunded before it:
 * <ul>
 * <li>taxable value for {@code r} refunded in all = invoice taxable value × r ÷ invoice
 * total, rounded half up to the paisa;</li>
 * <li>the tax is the rest of {@code r}: IGST on an inter-state invoice, else CGST = the
 * tax × the invoice's CGST ÷ its CGST and SGST (half of it, as both are the same),
 * rounded half up to the paisa, and SGST the rest.</li>
 * </ul>
 * So every credit note adds up to its refund exactly, none of its figures is negative,
 * and the credit notes of an invoice refunded in full, in one refund or several, add up
 * to the invoice's figures exactly.
 */
final class ProportionalCredit {

	private ProportionalCredit() {
	}

	/**
	 * What a refund of {@code refund} gives back of {@code invoiced}, after
	 * {@code refundedBefore} was refunded against it.
	 * @throws IllegalArgumentException when the refund is not positive or the refunds
	 * would come to more than the invoice
	 */
	static TaxLine of(TaxLine invoiced, BigDecimal refundedBefore, BigDecimal refund) {
		BigDecimal after = refundedBefore.add(refund);
		if (refund.signum() <= 0 || refundedBefore.signum() < 0 || after.compareTo(invoiced.total()) > 0) {
			throw new IllegalArgumentException("A refund of " + Money.format(refund) + " after "
					+ Money.format(refundedBefore) + " does not fit an invoice of " + Money.format(invoiced.total()));
		}
		TaxLine upTo = upTo(invoiced, after);
		TaxLine before = upTo(invoiced, refundedBefore);
		return new TaxLine(upTo.taxableValue().subtract(before.taxableValue()), invoiced.gstRate(),
				upTo.cgst().subtract(before.cgst()), upTo.sgst().subtract(before.sgst()),
				upTo.igst().subtract(before.igst()));
	}

	/** The invoice's figures for {@code refunded} of its total. */
	private static TaxLine upTo(TaxLine invoiced, BigDecimal refunded) {
		BigDecimal total = invoiced.total();
		BigDecimal taxable = invoiced.taxableValue().multiply(refunded).divide(total, 2, RoundingMode.HALF_UP);
		BigDecimal tax = Money.rupees(refunded).subtract(taxable);
		if (invoiced.igst().signum() != 0) {
			return new TaxLine(taxable, invoiced.gstRate(), Money.ZERO, Money.ZERO, tax);
		}
		BigDecimal local = invoiced.cgst().add(invoiced.sgst());
		BigDecimal cgst = local.signum() == 0 ? Money.ZERO
				: tax.multiply(invoiced.cgst()).divide(local, 2, RoundingMode.HALF_UP);
		return new TaxLine(taxable, invoiced.gstRate(), cgst, tax.subtract(cgst), Money.ZERO);
	}

}
