package com.ayurlahi.subscriptions.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Adds {@code planNotice} ({@link PlanNotice}) to the full pages of the clinic's catalog
 * (its product pages too), cart and checkout when its plan's orders for the month are
 * near their end or used up ({@code ayurlahi.subscriptions.warn-before}); the pages show
 * it through {@code fragments/plan-notice}. It lives here, and is mapped to those paths
 * ({@link PlanNoticeConfiguration}), because neither the orders nor the products module
 * may know about plans. Fragments swapped in by htmx are left alone.
 */
class PlanNoticeInterceptor implements HandlerInterceptor {

	/** The model attribute the pages read. */
	static final String ATTRIBUTE = "planNotice";

	private final Entitlements entitlements;

	private final SubscriptionSettings settings;

	private final Clock clock;

	PlanNoticeInterceptor(Entitlements entitlements, SubscriptionSettings settings, Clock clock) {
		this.entitlements = entitlements;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !page.isReference() || String.valueOf(page.getViewName()).startsWith("redirect:")
				|| String.valueOf(page.getViewName()).contains("::")
				|| "true".equals(request.getHeader("HX-Request"))) {
			return;
		}
		clinicUser().flatMap(user -> entitlements.ofClinicUser(user.id()))
			.flatMap(entitlement -> PlanNotice.of(entitlement, settings.warnBefore(), clock.instant()))
			.ifPresent(notice -> page.addObject(ATTRIBUTE, notice));
	}

	private static Optional<AuthenticatedUser> clinicUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				&& user.role() == Role.CLINIC ? Optional.of(user) : Optional.empty();
	}

}
