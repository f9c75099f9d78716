package com.ayurlahi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import com.ayurlahi.test.PortalClient;

/**
 * What {@code ./mvnw spring-boot:run} starts: the default (dev) profile, an embedded H2 file database with
 * every migration applied, and the demo logins. Only the data directory is moved into {@code target/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "ayurlahi.data-dir=./target/dev-profile-boot-it/${random.uuid}")
class DevProfileBootIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void startsOnH2WithTheDemoLogins() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactly("dev");
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");

        PortalClient browser = new PortalClient(port);
        HttpResponse<String> login = browser.signIn("clinic@demo.ayurlahi.in", "Demo@12345");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/clinic"));
        assertThat(browser.get("/clinic").body()).contains("Welcome, <span>Dr. Lakshmi Varma</span>");
    }
}
