package com.ayurlahi.auth.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.ayurlahi.auth.AuthProperties;
import com.ayurlahi.auth.RecoverySettings;
import com.ayurlahi.common.Portal;
import com.ayurlahi.common.web.Problems;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

/**
 * Four filter chains. The API's documentation ({@code /api/docs}, Swagger UI): public,
 * read-only, under the portals' Content-Security-Policy. {@code /api/**}: stateless, JWT
 * bearer tokens, no CSRF, problem+json errors. The actuator: health (and its liveness and
 * readiness groups) for everyone, the rest (info included) for ADMIN (token or session).
 * Everything else: the portals, with session form login, CSRF, a strict
 * Content-Security-Policy and each portal closed to the other roles.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ AuthProperties.class, RecoverySettings.class })
class SecurityConfiguration {

	/** No inline scripts or styles, nothing from other origins, never framed. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	/** The API's documentation: its OpenAPI description and Swagger UI (springdoc). */
	private static final String[] API_DOCS = { "/api/docs", "/api/docs/**", "/api/swagger-ui/**" };

	private static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

	/** Razorpay's checkout posts here from its own site. */
	private static final String RAZORPAY_CALLBACK = "/payments/razorpay/callback/*";

	/**
	 * Requests that check a password or create an account, rate-limited per client IP.
	 */
	private static final RequestMatcher SIGN_IN_AND_UP = new OrRequestMatcher(
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/register"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/forgot-password"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/reset-password/**"),
			PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/account/password"),
			PathPatternRequestMatcher.pathPattern("/api/auth/**"));

	/**
	 * Sign-ins and access decisions are observed (metrics), each request as a whole too
	 * (Spring MVC's {@code http.server.requests}), but not every filter of the chain one
	 * by one: a timer per filter per request cost about a twentieth of a catalog search's
	 * CPU and told nothing the request's own timer doesn't.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	@Bean
	PasswordEncoder passwordEncoder(AuthProperties properties) {
		return new PrehashedBCryptPasswordEncoder(properties.bcryptRounds());
	}

	/**
	 * The only way to prove a password: for the login form, {@code POST /api/auth/login}
	 * and registration, with the lock-out in front of it.
	 */
	@Bean
	AuthenticationProvider passwordAuthentication(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			LoginAttempts attempts) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		return new LockoutAwareAuthenticationProvider(passwords, attempts);
	}

	/**
	 * The global authentication manager, built around {@link #passwordAuthentication},
	 * for controllers.
	 */
	@Bean
	AuthenticationManager authenticationManager(AuthenticationConfiguration configuration) {
		return configuration.getAuthenticationManager();
	}

	/**
	 * The API's documentation: the OpenAPI description and Swagger UI (common.apidocs),
	 * public like the API contract, read-only, under the portals'
	 * Content-Security-Policy.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain apiDocs(HttpSecurity http) {
		http.securityMatcher(API_DOCS)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD)
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JwtTokens tokens, LoginRateLimiter rateLimiter, Problems problems) {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/auth/register", "/api/auth/login")
				.permitAll()
				.requestMatchers("/api/webhooks/**")
				.permitAll()
				// the team's subscription figures and grants (method security then
				// keeps the changes to ADMIN)
				.requestMatchers("/api/admin/subscriptions/**")
				.hasAnyRole("ADMIN", "SUPPORT")
				.anyRequest()
				.authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens))
						.authenticationEntryPoint(new ApiErrorHandlers.Unauthenticated(problems))
						.accessDeniedHandler(new ApiErrorHandlers.Forbidden(problems)))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ApiErrorHandlers.Unauthenticated(problems))
				.accessDeniedHandler(new ApiErrorHandlers.Forbidden(problems)))
			.addFilterBefore(new LoginRateLimitFilter(rateLimiter, SIGN_IN_AND_UP, problems),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http, JwtTokens tokens, Problems problems) {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.oauth2ResourceServer(
					server -> server.jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(tokens))
						.authenticationEntryPoint(new ApiErrorHandlers.Unauthenticated(problems)))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new ApiErrorHandlers.Unauthenticated(problems))
				.accessDeniedHandler(new ApiErrorHandlers.Forbidden(problems)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain portals(HttpSecurity http, LoginRateLimiter rateLimiter, Problems problems,
			PortalSignIn portalSignIn) {
		RequestCache requestCache = pageRequestCache();
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/", "/login", "/register", "/error", "/favicon.ico")
					.permitAll()
					// account recovery, for users who can't sign in
					.requestMatchers("/forgot-password", "/reset-password", "/reset-password/code")
					.permitAll()
					// the embedded mailbox, where a user who can't sign in reads the
					// reset
					// email (present only in dev and test)
					.requestMatchers("/dev/mailbox")
					.permitAll()
					.requestMatchers("/static/**", "/webjars/**")
					.permitAll()
					// Razorpay's checkout posts here from its own site: the signature is
					// the proof, not a session.
					.requestMatchers(HttpMethod.POST, RAZORPAY_CALLBACK)
					.permitAll()
					// The sandbox's stand-in for Razorpay's hosted checkout (only present
					// while it is the gateway).
					.requestMatchers("/sandbox/razorpay/**")
					.permitAll()
					.requestMatchers(portal(Portal.CLINIC))
					.hasRole("CLINIC")
					.requestMatchers(portal(Portal.MANUFACTURER))
					.hasRole("MANUFACTURER")
					.requestMatchers(portal(Portal.ADMIN))
					.hasAnyRole("ADMIN", "SUPPORT")
					.anyRequest()
					.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.successHandler(new PortalLoginHandlers.Success(requestCache))
				.failureHandler(new PortalLoginHandlers.Failure()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.securityContext(context -> context.securityContextRepository(portalSignIn.contexts()))
			.csrf(csrf -> csrf.csrfTokenRepository(portalSignIn.csrfTokens())
				.ignoringRequestMatchers(RAZORPAY_CALLBACK))
			.requestCache(cache -> cache.requestCache(requestCache))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(), HTMX)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.accessDeniedHandler(new ExpiredSessionAccessDeniedHandler(HTMX)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()))
			.addFilterBefore(new LoginRateLimitFilter(rateLimiter, SIGN_IN_AND_UP, problems),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private static String portal(Portal portal) {
		return portal.path() + "/**";
	}

	/**
	 * Remembers the page an anonymous visitor asked for, to return there after login;
	 * never an htmx fragment, which would show as a bare piece of page.
	 */
	private static RequestCache pageRequestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(HTMX),
				new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/error"))));
		return cache;
	}

}
