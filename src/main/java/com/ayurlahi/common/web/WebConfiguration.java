package com.ayurlahi.common.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.ayurlahi.common.Portal;

/**
 * MVC settings shared by the portals: the layout's model and each portal's home link.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final List<NavigationItem> navigation;

	WebConfiguration(List<NavigationItem> navigation) {
		this.navigation = navigation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutInterceptor(navigation))
			.excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/images/**");
	}

	@Bean
	static NavigationItem clinicHome() {
		return new NavigationItem(Portal.CLINIC, "Home", Portal.CLINIC.path(), 0);
	}

	@Bean
	static NavigationItem manufacturerHome() {
		return new NavigationItem(Portal.MANUFACTURER, "Home", Portal.MANUFACTURER.path(), 0);
	}

	@Bean
	static NavigationItem adminHome() {
		return new NavigationItem(Portal.ADMIN, "Dashboard", Portal.ADMIN.path(), 0);
	}

}
