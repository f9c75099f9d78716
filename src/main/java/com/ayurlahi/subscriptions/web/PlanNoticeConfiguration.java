package com.ayurlahi.subscriptions.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.MappedInterceptor;

import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.subscriptions.SubscriptionSettings;

/**
 * Maps the {@link PlanNoticeInterceptor} to the clinic's catalog, cart and checkout. A
 * {@link MappedInterceptor} bean rather than a {@code WebMvcConfigurer}, so that web
 * slice tests of other modules don't pick it up.
 */
@Configuration(proxyBeanMethods = false)
class PlanNoticeConfiguration {

	@Bean
	MappedInterceptor planNoticeInterceptor(Entitlements entitlements, SubscriptionSettings settings, Clock clock) {
		return new MappedInterceptor(
				new String[] { "/clinic/catalog", "/clinic/catalog/**", "/clinic/cart", "/clinic/cart/**",
						"/clinic/checkout", "/clinic/checkout/**" },
				new PlanNoticeInterceptor(entitlements, settings, clock));
	}

}
