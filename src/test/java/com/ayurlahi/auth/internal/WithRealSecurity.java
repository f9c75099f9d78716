package com.ayurlahi.auth.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.ayurlahi.common.web.Problems;

/**
 * For {@code @WebMvcTest} slices: the application's real security filter chains, with the
 * account lookup, the lock-out bookkeeping and the sign-in rate limit (all
 * database-backed) replaced by mocks (the rate limit's lets every request through).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, JwtTokens.class, PortalSignIn.class, Problems.class,
		WithRealSecurity.SliceBeans.class })
@MockitoBean(types = { LoginAttempts.class, LoginRateLimiter.class, UserDetailsService.class })
public @interface WithRealSecurity {

	@TestConfiguration(proxyBeanMethods = false)
	class SliceBeans {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
