package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The portals' shared ways: an htmx action's refusal lands in its error slot, any other
 * refusal on the error page, and form fields come from one fragment.
 */
@WebMvcTest(PortalPagesController.class)
@WithRealSecurity
@Import(PortalConventionsTest.Actions.class)
class PortalConventionsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anHtmxActionsRefusalGoesIntoTheSlotNamedAfterTheElementThatMadeTheRequest() {
		MvcTestResult refused = mvc.post()
			.uri("/clinic/test/refuse")
			.header("HX-Request", "true")
			.header("HX-Trigger", "move-42")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT)
			.hasHeader("HX-Retarget", "#move-42-error")
			.hasHeader("HX-Reswap", "innerHTML");
		assertThat(refused).bodyText()
			.contains("data-testid=\"action-error\"", "Only 3 in stock.")
			.doesNotContain("<html");
	}

	@Test
	void withoutAnElementIdTheRefusalGoesIntoThePagesSlot() {
		MvcTestResult anonymous = mvc.post()
			.uri("/clinic/test/refuse")
			.param("invalid", "true")
			.header("HX-Request", "true")
			.with(clinic())
			.with(csrf())
			.exchange();
		MvcTestResult oddId = mvc.post()
			.uri("/clinic/test/refuse")
			.header("HX-Request", "true")
			.header("HX-Trigger", "x\"], body, [y")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(anonymous).hasStatus(HttpStatus.BAD_REQUEST).hasHeader("HX-Retarget", "#page-error");
		assertThat(anonymous).bodyText().contains("Enter a whole number.");
		assertThat(oddId).hasStatus(HttpStatus.CONFLICT).hasHeader("HX-Retarget", "#page-error");
	}

	@Test
	void anyOtherRefusalShowsTheErrorPageWithItsMessage() {
		MvcTestResult refused = mvc.post().uri("/clinic/test/refuse").with(clinic()).with(csrf()).exchange();

		assertThat(refused).hasStatus(HttpStatus.CONFLICT).hasViewName("error/page");
		assertThat(refused).doesNotContainHeader("HX-Retarget");
		assertThat(refused).bodyText().contains("Only 3 in stock.", "<html");
	}

	@Test
	void aFormFieldHasItsLabelItsInputAndItsError() {
		MvcTestResult form = mvc.post()
			.uri("/clinic/test/form")
			.param("city", "Kochi")
			.param("pincode", "0123")
			.param("state", "33")
			.with(clinic())
			.with(csrf())
			.exchange();

		assertThat(form).hasStatusOk();
		assertThat(form).bodyText()
			.contains("<div class=\"col-sm-7\">", "<label for=\"city\" class=\"form-label\">City or town</label>",
					"<input id=\"city\" type=\"text\"", "maxlength=\"60\"", "autocomplete=\"address-level2\"",
					"value=\"Kochi\"")
			.contains("<label for=\"pincode\" class=\"form-label\">PIN code</label>", "inputmode=\"numeric\"",
					"class=\"form-control is-invalid\"",
					"<div class=\"invalid-feedback\" data-testid=\"error-pincode\">A PIN code has 6 digits.</div>")
			.contains("<label for=\"note\" class=\"form-label visually-hidden\">Note</label>", "<textarea",
					"rows=\"2\"", "aria-describedby=\"note-hint\"", "Only the team reads it.")
			.contains("<label for=\"state-7\" class=\"form-label\">State</label>", "id=\"state-7\"",
					"data-testid=\"state-choice\"", "<option value=\"\">Choose…</option>",
					"<option value=\"33\" selected=\"selected\">Tamil Nadu</option>")
			.doesNotContain("placeholder=", "min=", "data-testid=\"error-city\">A", "a-path-variable");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor clinic() {
		return user(
				AuthenticatedUser.fromToken(UUID.randomUUID(), "clinic@test.ayurlahi.in", "Test Clinic", Role.CLINIC));
	}

	record SampleFormData(@Nullable String city,
			@Pattern(regexp = "[1-9][0-9]{5}", message = "A PIN code has 6 digits.") @Nullable String pincode,
			@Nullable String note, @Nullable String state) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	@Controller
	static class Actions {

		@PostMapping("/clinic/test/refuse")
		String refuse(@RequestParam(defaultValue = "false") boolean invalid) {
			if (invalid) {
				throw new InvalidInputException("quantity", "Enter a whole number.");
			}
			throw new ConflictException("Only 3 in stock.");
		}

		@PostMapping("/clinic/test/form")
		String form(@Valid @ModelAttribute("sample") SampleFormData sample, BindingResult errors, Model model) {
			model.addAttribute("id", "a-path-variable");
			return "test/form-fields";
		}

	}

}
