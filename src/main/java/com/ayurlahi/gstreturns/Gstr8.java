package com.ayurlahi.gstreturns;

import java.math.BigDecimal;
import java.util.List;

/**
 * The platform's GSTR-8 in the GST portal's JSON: TCS under GST section 52 per supplier
 * GSTIN ({@code tcs}): gross value of supplies to registered recipients ({@code supR}),
 * of those returned ({@code retsupR}), to and from unregistered recipients ({@code supU},
 * {@code retsupU}: none, every clinic is registered), the net amount liable for TCS
 * ({@code amt}) and the TCS on it as central, state and integrated tax.
 */
public record Gstr8(String gstin, String fp, List<Tcs> tcs) {

	/** One supplier's month. */
	public record Tcs(String stin, BigDecimal supR, BigDecimal retsupR, BigDecimal supU, BigDecimal retsupU,
			BigDecimal amt, BigDecimal camt, BigDecimal samt, BigDecimal iamt) {

		/** Central, state and integrated tax together. */
		public BigDecimal tax() {
			return camt.add(samt).add(iamt);
		}

	}

}
