package com.ayurlahi.profiles.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.FormErrors;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ProfileOnboarding;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * An owner's portal home (where the profile stands) and profile form, for onboarding and
 * later changes, the same for every kind of profile. Each kind's portal controller
 * extends it under its portal's path ({@code /clinic}) with its form. Its handler methods
 * are public so that the proxy of a kind's controller (method security) reaches them from
 * another package.
 *
 * @param <P> the kind's profile
 * @param <F> the kind's form
 * @param <D> what the kind's onboarding takes
 */
public abstract class ProfilePortalPages<P extends BusinessProfile, F extends ProfileFormData, D> {

	static final String FORM = "profiles/form";

	private final ProfileOnboarding<P, D> profiles;

	private final ProfilePages pages;

	private final Clock clock;

	private final Supplier<F> emptyForm;

	private final Function<P, F> formOf;

	private final Function<F, D> detailsOf;

	private final List<PortalHomeSection> homeSections;

	/**
	 * @param emptyForm an empty form, for the first submission
	 * @param formOf the form filled with a profile
	 * @param detailsOf what a valid form asks the onboarding for
	 * @param homeSections what other modules show on the home once a profile is on file
	 */
	protected ProfilePortalPages(ProfileOnboarding<P, D> profiles, ProfilePages pages, Clock clock,
			Supplier<F> emptyForm, Function<P, F> formOf, Function<F, D> detailsOf,
			List<PortalHomeSection> homeSections) {
		this.profiles = profiles;
		this.pages = pages;
		this.clock = clock;
		this.emptyForm = emptyForm;
		this.formOf = formOf;
		this.detailsOf = detailsOf;
		this.homeSections = List.copyOf(homeSections);
	}

	/** Checks of the kind's own fields that depend on the profile on file. */
	protected void check(F form, Optional<P> existing, BindingResult errors) {
	}

	@GetMapping
	public String home(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		Optional<P> profile = profiles.findOwnedBy(user.id());
		addStanding(profile, model);
		profile.ifPresent(business -> homeSections.forEach(section -> section.addTo(pages, user, business, model)));
		return pages.kind() + "/home";
	}

	@GetMapping("/profile")
	public String form(@AuthenticationPrincipal AuthenticatedUser user, Model model) {
		Optional<P> existing = profiles.findOwnedBy(user.id());
		addStanding(existing, model);
		model.addAttribute("profile", existing.map(formOf).orElseGet(emptyForm));
		return FORM;
	}

	@PostMapping("/profile")
	public String save(@AuthenticationPrincipal AuthenticatedUser user, @Valid @ModelAttribute("profile") F form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<P> existing = profiles.findOwnedBy(user.id());
		addStanding(existing, model);
		check(form, existing, errors);
		if (errors.hasErrors()) {
			return FORM;
		}
		P saved;
		try {
			saved = existing.isPresent() ? profiles.update(existing.get().getId(), detailsOf.apply(form), user)
					: profiles.register(user, detailsOf.apply(form));
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, "name");
			return FORM;
		}
		FlashMessage.success(redirect,
				existing.isEmpty()
						? "Thank you. Your " + pages.ownerNoun()
								+ " profile is with the Ayurlahi team for approval; the decision will show here."
						: existing.get().getStatus() == ApprovalStatus.REJECTED
								&& saved.getStatus() == ApprovalStatus.PENDING_APPROVAL
										? "Your corrected profile is back with the Ayurlahi team for approval."
										: "Your " + pages.ownerNoun() + " profile is saved.");
		return "redirect:" + pages.portalPath();
	}

	private void addStanding(Optional<P> profile, Model model) {
		model.addAttribute("pages", pages);
		profile.ifPresent(business -> {
			model.addAttribute("business", business);
			model.addAttribute("licenceExpired", business.isLicenceExpiredOn(IndianTime.today(clock)));
		});
	}

}
