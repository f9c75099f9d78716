package com.ayurlahi.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.ayurlahi.subscriptions.entitlements.ClinicPlans;

/**
 * The whole application on a real port against this run's PostgreSQL database
 * ({@link TestDatabase}), with Flyway's schema, {@code ddl-auto=validate}, the real
 * security configuration and the demo logins. Tests use {@code MockMvcTester} for speed
 * and {@code RestTestClient} where the servlet container matters (error pages, cookies).
 * The application's clock is a {@link MovableClock} a test may move (and puts back);
 * {@link ClinicPlans} puts a test clinic on a plan. Tests that share this annotation
 * share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import({ MovableClock.Installed.class, ClinicPlans.class })
public @interface IntegrationTest {

}
