package com.ayurlahi.invoices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.ValidGstin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Settings of the invoices module, {@code ayurlahi.invoices.*}.
 *
 * @param platform the platform as it appears on documents: the e-commerce operator on
 * manufacturers' invoices, the supplier on commission invoices
 * @param sweepInterval how often the invoice-generation job runs as a safety net for
 * documents whose first attempt failed
 * @param chunkSize how many documents are issued per transaction: by the job, and by the
 * drains that issue what a series owes after a capture or a subscription charge
 */
@ConfigurationProperties("ayurlahi.invoices")
@Validated
public record InvoiceSettings(@Valid @NotNull Platform platform, @NotNull Duration sweepInterval,
		@Min(1) int chunkSize) {

	/**
	 * @param name the platform's legal name
	 * @param gstin its GSTIN (PLATFORM_GSTIN); its state is where commission is supplied
	 * from
	 * @param address its registered address on one line
	 * @param numberPrefix the letters of its commission invoices' numbers
	 * (AYL/2627/000001)
	 * @param commissionSac the SAC of the commission service
	 */
	public record Platform(@NotBlank String name, @NotBlank @ValidGstin String gstin, @NotBlank String address,
			@Pattern(regexp = "[A-Z]{3}") String numberPrefix, @Pattern(regexp = "[0-9]{6}") String commissionSac) {

		InvoiceParty party() {
			Gstin registered = Gstin.parse(gstin);
			return new InvoiceParty(name, registered.value(), address, registered.state());
		}
	}
}
