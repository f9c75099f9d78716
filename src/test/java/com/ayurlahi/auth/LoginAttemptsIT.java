package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.ayurlahi.auth.SecurityEvent.AccountLocked;
import com.ayurlahi.auth.SecurityEvent.LoginFailed;
import com.ayurlahi.auth.SecurityEvent.LoginFailed.Reason;
import com.ayurlahi.auth.SecurityEvent.LoginSucceeded;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class LoginAttemptsIT {

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	UserManagement users;

	@Autowired
	ApplicationEvents events;

	@Test
	void everyAttemptIsASecurityEventThatTransactionalListenersReceive(CapturedOutput log) {
		User user = Accounts.create(users, Role.MANUFACTURER);
		authentication.authenticate(attempt(user.getEmail(), Accounts.PASSWORD));
		for (int attempt = 1; attempt <= 5; attempt++) {
			UsernamePasswordAuthenticationToken guess = attempt(user.getEmail(), "guess " + attempt);
			assertThatThrownBy(() -> authentication.authenticate(guess))
				.isInstanceOf(attempt < 5 ? BadCredentialsException.class : AccountLockedException.class);
		}

		assertThat(events.stream(LoginSucceeded.class)).singleElement()
			.satisfies(success -> assertThat(success.userId()).isEqualTo(user.getId()));
		assertThat(events.stream(LoginFailed.class).filter(failure -> failure.email().equals(user.getEmail())))
			.extracting(LoginFailed::reason)
			.hasSize(5)
			.containsOnly(Reason.BAD_CREDENTIALS);
		assertThat(events.stream(AccountLocked.class)).singleElement()
			.satisfies(lock -> assertThat(lock.email()).isEqualTo(user.getEmail()));
		assertThat(log.getOut()).contains("Locked " + user.getEmail() + " until");
	}

	@Test
	void simultaneousFailuresAreAllCountedWithoutErrors() throws Exception {
		String email = Accounts.uniqueEmail("burst");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Class<?>>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (int i = 0; i < 10; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						authentication.authenticate(attempt(email, "wrong password"));
						return Void.class;
					}
					catch (RuntimeException refused) {
						return refused.getClass();
					}
				}));
			}
			start.countDown();
			for (Future<Class<?>> outcome : outcomes) {
				assertThat(outcome.get()).isIn(BadCredentialsException.class, AccountLockedException.class);
			}
		}

		assertThatThrownBy(() -> authentication.authenticate(attempt(email, "wrong password")))
			.isInstanceOf(AccountLockedException.class);
	}

	private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
	}

}
