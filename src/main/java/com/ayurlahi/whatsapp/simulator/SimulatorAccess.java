package com.ayurlahi.whatsapp.simulator;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.Destinations;
import com.ayurlahi.whatsapp.internal.Numbers;

/**
 * Whose phones a signed-in user may hold on the simulator: the team any; a clinic or a
 * manufacturer its own verified number and numbers no account has verified, never another
 * account's (a manufacturer never sees a clinic's WhatsApp number or writes as the
 * clinic). Checked on every request that names a number; a page asked for without one
 * opens the user's own number when the default one is not theirs to open.
 */
class SimulatorAccess implements HandlerInterceptor {

	private final Numbers numbers;

	private final SimulatorSettings settings;

	SimulatorAccess(Numbers numbers, SimulatorSettings settings) {
		this.numbers = numbers;
		this.settings = settings;
	}

	/** Whether the signed-in user may open {@code phone}'s conversation. */
	boolean mayOpen(String phone) {
		Optional<AuthenticatedUser> viewer = viewer();
		if (viewer.isEmpty()) {
			return false;
		}
		if (viewer.get().role().isStaff()) {
			return true;
		}
		return numbers.ownerOf(phone).map(owner -> owner.equals(viewer.get().id())).orElse(true);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		String number = request.getParameter("number");
		if (number == null || number.isBlank()) {
			if (!mayOpen(settings.defaultNumber()) && "GET".equals(request.getMethod())) {
				String own = viewer().flatMap(user -> numbers.verifiedPhone(user.id())).orElse("919000000000");
				response.sendRedirect(request.getContextPath() + "/dev/whatsapp?number=" + own);
				return false;
			}
			return true;
		}
		String phone;
		try {
			phone = Destinations.checked(number);
		}
		catch (IllegalArgumentException notANumber) {
			return true;
		}
		if (!mayOpen(phone)) {
			response.sendError(HttpStatus.FORBIDDEN.value());
			return false;
		}
		return true;
	}

	private static Optional<AuthenticatedUser> viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
				? Optional.of(user) : Optional.empty();
	}

}
