package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.util.List;

/**
 * The platform's GSTR-8 with, per supplier, what the settlement ledger withheld as TCS in
 * the month, for the team to reconcile: the return's TCS is the law's (net taxable value
 * of the month × rate), the ledger's is what each payment's capture withheld, rounded per
 * order, less what refunds gave back.
 */
public record Gstr8Return(Gstr8 json, ReturnPeriod period, BigDecimal tcsRate, List<Supplier> suppliers) {

	/**
	 * @param tcsWithheld what the ledger withheld from the supplier's settlements in the
	 * month
	 */
	public record Supplier(String gstin, String name, Gstr8.Tcs reported, BigDecimal tcsWithheld) {

		/** What the return asks for beyond what was withheld (negative: less). */
		public BigDecimal difference() {
			return reported.tax().subtract(tcsWithheld);
		}

	}

}
