package com.ayurlahi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Ayurlahi: a B2B marketplace where Ayurvedic clinics buy medicines straight from their
 * manufacturers.
 */
@Modulithic(sharedModules = "common")
@SpringBootApplication
public class AyurlahiApplication {

	public static void main(String[] args) {
		SpringApplication.run(AyurlahiApplication.class, args);
	}

}
