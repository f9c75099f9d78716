package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import com.ayurlahi.test.IntegrationTest;

/**
 * The running application's portal sessions go through {@link SessionReadAfterSave}: its
 * repository is the one Spring Session's filter uses, and the request's dispatch is
 * marked just outside that filter.
 */
@IntegrationTest
class SessionReadAfterSaveIT {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	ApplicationContext context;

	@Test
	void springSessionsFilterUsesTheRememberingRepositoryInsideTheDispatchScope() {
		assertThat(sessions).isInstanceOf(SessionReadAfterSave.Remembering.class);
		assertThat(context.getBeansOfType(SessionRepository.class)).hasSize(1);

		// Boot registers Spring Session's filter by bean name, through a
		// DelegatingFilterProxy.
		assertThat(context.getBean("springSessionRepositoryFilter")).isInstanceOf(SessionRepositoryFilter.class);
		int springSession = context.getBean("sessionRepositoryFilterRegistration", AbstractFilterRegistrationBean.class)
			.getOrder();
		assertThat(context.getBeansOfType(AbstractFilterRegistrationBean.class).values())
			.filteredOn(registration -> registration.getFilter() instanceof SessionReadAfterSave.DispatchScope)
			.singleElement()
			.satisfies(scope -> assertThat(scope.getOrder()).isEqualTo(springSession - 1));
	}

}
