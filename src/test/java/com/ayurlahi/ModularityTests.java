package com.ayurlahi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules keep their boundaries, and their documentation (component
 * diagrams and module canvases) is written to {@code target/spring-modulith-docs} on
 * every build.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AyurlahiApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
