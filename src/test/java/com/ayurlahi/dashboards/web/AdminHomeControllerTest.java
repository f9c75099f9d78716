package com.ayurlahi.dashboards.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.WithRealSecurity;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.RupeeFormat;
import com.ayurlahi.dashboards.ActionCount;
import com.ayurlahi.dashboards.BarChart;
import com.ayurlahi.dashboards.RankedBars;
import com.ayurlahi.dashboards.TeamDashboard;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The admin console's home with the real security: the team's dashboard for ADMIN and
 * SUPPORT, its figures in Indian format, each count a link, nobody else.
 */
@WebMvcTest(AdminHomeController.class)
@WithRealSecurity
@Import({ CountFormat.class, RupeeFormat.class })
class AdminHomeControllerTest {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	TeamDashboard dashboard;

	@Test
	void theTeamSeesItsCountsAsLinksAndItsFiguresTheIndianWay() {
		LocalDate today = LocalDate.of(2026, 12, 5);
		BarChart gross = BarChart.daily("gross", "Gross value per day", true, today, 30,
				Map.of("Gross value", Map.of(today, new BigDecimal("123456.70"))));
		given(dashboard.now()).willReturn(new TeamDashboard.View(
				List.of(new ActionCount("Payments flagged for review", 1234567, "/admin/payments?flagged=true",
						"flagged-payments")),
				1234, new BigDecimal("123456.70"), new BigDecimal("9876.50"), new BigDecimal("45000.00"), 15, gross,
				gross, gross, RankedBars.of("top-manufacturers", "Top manufacturers by value, last 30 days",
						List.of("Sahyadri Ayurveda"), List.of(new BigDecimal("123456.70")))));

		MvcTestResult home = mvc.get().uri("/admin").with(user(signedIn(Role.SUPPORT))).exchange();

		assertThat(home).hasStatusOk().hasViewName("admin/home");
		assertThat(home).model().containsEntry("portal", Portal.ADMIN);
		assertThat(home).bodyText()
			.contains("Test Support", "Admin console", "aria-current=\"page\"", "href=\"/admin/payments?flagged=true\"",
					"12,34,567", "₹1,23,456.70", "₹45,000.00", "15 paying subscriptions", "Sahyadri Ayurveda",
					"<caption>Gross value per day</caption>", "₹1.5 L", "₹50K");
	}

	@Test
	void otherRolesAreRefused() {
		assertThat(mvc.get().uri("/admin").with(user(signedIn(Role.MANUFACTURER)))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/admin").with(user(signedIn(Role.CLINIC)))).hasStatus(HttpStatus.FORBIDDEN);
	}

	private static AuthenticatedUser signedIn(Role role) {
		return AuthenticatedUser.fromToken(UUID.randomUUID(), role.name().toLowerCase() + "@test.ayurlahi.in",
				"Test " + role.label(), role);
	}

}
