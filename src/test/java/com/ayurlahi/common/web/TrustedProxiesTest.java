package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which peers' forwarded headers count, as TRUSTED_PROXIES says: addresses and CIDR
 * networks, IPv4 and IPv6; nobody's by default; a value that is no address stops the
 * start with a message naming it.
 */
class TrustedProxiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(TrustedProxies.class);

	@Test
	void aPeerInATrustedNetworkForwardsTheClientSchemeAndHost() {
		context.withPropertyValues("ayurlahi.web.trusted-proxies=172.30.0.0/24, 2001:db8::/32").run(app -> {
			Filter filter = filter(app.getBean(FilterRegistrationBean.class));

			HttpServletRequest seen = pass(filter, forwardedFrom("172.30.0.9"));
			assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
			assertThat(seen.getScheme()).isEqualTo("https");
			assertThat(seen.getServerName()).isEqualTo("shop.example");
			assertThat(seen.getRequestURL().toString()).isEqualTo("https://shop.example/clinic");
			assertThat(pass(filter, forwardedFrom("2001:db8::5")).getRemoteAddr()).isEqualTo("203.0.113.7");
		});
	}

	@Test
	void anyOtherPeersForwardedHeadersAreRemovedUnread() {
		context.withPropertyValues("ayurlahi.web.trusted-proxies=172.30.0.10").run(app -> {
			Filter filter = filter(app.getBean(FilterRegistrationBean.class));

			HttpServletRequest seen = pass(filter, forwardedFrom("172.30.0.11"));

			assertThat(seen.getRemoteAddr()).isEqualTo("172.30.0.11");
			assertThat(seen.getScheme()).isEqualTo("http");
			assertThat(seen.getServerName()).isEqualTo("localhost");
			assertThat(List.of("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host"))
				.allSatisfy(header -> assertThat(seen.getHeader(header)).as(header).isNull());
		});
	}

	@Test
	void byDefaultNobodysForwardedHeadersCount() {
		context.run(app -> {
			Filter filter = filter(app.getBean(FilterRegistrationBean.class));

			assertThat(pass(filter, forwardedFrom("127.0.0.1")).getRemoteAddr()).isEqualTo("127.0.0.1");
			assertThat(pass(filter, forwardedFrom("10.0.0.2")).getRemoteAddr()).isEqualTo("10.0.0.2");
		});
	}

	@Test
	void somethingThatIsNoAddressStopsTheStart() {
		context.withPropertyValues("ayurlahi.web.trusted-proxies=nginx").run(app -> {
			assertThat(app).hasFailed();
			assertThat(app.getStartupFailure()).hasStackTraceContaining(
					"TRUSTED_PROXIES (ayurlahi.web.trusted-proxies) names \"nginx\", which is neither an IP address");
		});
	}

	private static Filter filter(FilterRegistrationBean<?> registration) {
		return registration.getFilter();
	}

	private static MockHttpServletRequest forwardedFrom(String peer) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clinic");
		request.setRemoteAddr(peer);
		request.addHeader("X-Forwarded-For", "203.0.113.7");
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("X-Forwarded-Host", "shop.example");
		return request;
	}

	private static HttpServletRequest pass(Filter filter, MockHttpServletRequest request) throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest passed, HttpServletResponse response) {
				seen.set(passed);
			}
		}));
		return seen.get();
	}

}
