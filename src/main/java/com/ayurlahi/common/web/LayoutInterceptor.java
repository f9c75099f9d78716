package com.ayurlahi.common.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

import com.ayurlahi.common.Portal;

/**
 * Adds what the layout needs to every rendered page: the signed-in user's portal and its
 * navigation.
 */
class LayoutInterceptor implements HandlerInterceptor {

	private final List<NavigationItem> items;

	LayoutInterceptor(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || !page.isReference() || String.valueOf(page.getViewName()).startsWith("redirect:")) {
			return;
		}
		List<String> authorities = currentAuthorities();
		currentPortal(authorities).ifPresent(portal -> {
			page.addObject("portal", portal);
			page.addObject("navigation",
					items.stream().filter(item -> item.portal() == portal && item.isShownTo(authorities)).toList());
			page.addObject("requestPath", request.getRequestURI().substring(request.getContextPath().length()));
		});
	}

	private static List<String> currentAuthorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null)
			.toList();
	}

	private static Optional<Portal> currentPortal(List<String> authorities) {
		return authorities.stream().map(Portal::ofRole).flatMap(Optional::stream).findFirst();
	}

}
