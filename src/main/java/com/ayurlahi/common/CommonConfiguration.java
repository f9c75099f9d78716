package com.ayurlahi.common;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans every module may use.
 */
@Configuration(proxyBeanMethods = false)
class CommonConfiguration {

    /** The time source of all business timestamps (UTC), replaceable in tests. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
