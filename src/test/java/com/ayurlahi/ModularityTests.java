package com.ayurlahi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import com.ayurlahi.payments.transfers.PayoutHolds;

/**
 * The application modules keep their boundaries (the payments module offers
 * {@code PayoutHolds} to the disputes module as {@code payments::payout-holds}), and
 * their documentation (component diagrams and module canvases) is written to
 * {@code target/spring-modulith-docs} on every build.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AyurlahiApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void paymentsOffersItsChargebacksReadApiAsANamedInterface() {
		var payments = modules.getModuleByName("payments").orElseThrow().getNamedInterfaces();

		assertThat(payments.getByName("chargebacks")).get()
			.satisfies(chargebacks -> assertThat(chargebacks.asJavaClasses().map(type -> type.getSimpleName()))
				.containsOnly("ChargebackQueries", "ChargebackView", "ChargebackStatus"));
		assertThat(payments.stream().anyMatch(NamedInterface::isUnnamed)).isTrue();
	}

	@Test
	void paymentsOffersItsPayoutHoldsToOtherModules() {
		assertThat(modules.getModuleByName("payments").orElseThrow().getNamedInterfaces().getByName("payout-holds"))
			.hasValueSatisfying(named -> assertThat(named.contains(PayoutHolds.class)).isTrue());
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}

}
