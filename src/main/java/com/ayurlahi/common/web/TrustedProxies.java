package com.ayurlahi.common.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host},
 * {@code -Port}, {@code -Prefix} and {@code Forwarded}) count only on requests that come
 * straight from one of the reverse proxies named in {@code ayurlahi.web.trusted-proxies}
 * (TRUSTED_PROXIES: addresses or CIDR networks). From those, Spring's
 * {@link ForwardedHeaderFilter} makes them the request's client address, scheme and host
 * (so the sign-in rate limit, the audit log and absolute redirects see the real client);
 * from anyone else they are removed unread, so that a client can neither rotate
 * {@code X-Forwarded-For} past the rate limit nor make redirects point at a host of its
 * choosing. With no proxy named, nobody's forwarded headers count.
 * <p>
 * The proxy must overwrite these headers rather than append to them: with several
 * {@code X-Forwarded-For} values the first one counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrustedProxies.Settings.class)
class TrustedProxies {

	private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

	@Bean
	FilterRegistrationBean<Filter> forwardedHeadersFromTrustedProxies(Settings settings) {
		List<IpAddressMatcher> proxies = settings.trustedProxies()
			.stream()
			.map(String::strip)
			.filter(proxy -> !proxy.isEmpty())
			.map(TrustedProxies::matcher)
			.toList();
		if (proxies.isEmpty()) {
			log.info("No TRUSTED_PROXIES: forwarded headers are ignored. Behind a reverse proxy, name its address, or "
					+ "every client will look like the proxy (one sign-in rate limit for all of them).");
		}
		else {
			log.info("Forwarded headers count from {} only (TRUSTED_PROXIES).", settings.trustedProxies());
		}
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ForwardedHeadersFilter(proxies));
		registration.setName("forwardedHeadersFromTrustedProxies");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static IpAddressMatcher matcher(String proxy) {
		try {
			return new IpAddressMatcher(proxy);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("TRUSTED_PROXIES (ayurlahi.web.trusted-proxies) names \"" + proxy
					+ "\", which is neither an IP address nor a network such as 172.30.0.0/24.", invalid);
		}
	}

	/**
	 * @param trustedProxies the addresses or CIDR networks of the reverse proxies whose
	 * forwarded headers count
	 */
	@ConfigurationProperties("ayurlahi.web")
	record Settings(@DefaultValue List<String> trustedProxies) {
	}

	/** Applies forwarded headers from the trusted proxies, removes them from the rest. */
	static final class ForwardedHeadersFilter implements Filter {

		private final List<IpAddressMatcher> proxies;

		private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

		private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

		ForwardedHeadersFilter(List<IpAddressMatcher> proxies) {
			this.proxies = proxies;
			this.remove.setRemoveOnly(true);
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			(fromTrustedProxy(request.getRemoteAddr()) ? apply : remove).doFilter(request, response, chain);
		}

		private boolean fromTrustedProxy(String peer) {
			for (IpAddressMatcher proxy : proxies) {
				try {
					if (proxy.matches(peer)) {
						return true;
					}
				}
				catch (IllegalArgumentException notAnAddress) {
					return false;
				}
			}
			return false;
		}

	}

}
