package com.ayurlahi.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans every module may use, and scheduling and asynchronous event listeners for the
 * modules' background work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class CommonConfiguration {

	/** The time source of all business timestamps (UTC), replaceable in tests. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
