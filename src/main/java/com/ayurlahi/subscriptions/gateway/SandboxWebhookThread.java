package com.ayurlahi.subscriptions.gateway;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Where the sandbox posts its subscription webhooks: a thread of its own, as Razorpay's
 * servers would, not the application's background pool, whose threads apply what it
 * posts. (Not a bean of type {@code TaskExecutor}: that would replace Spring Boot's
 * application executor.) Tests post on their own executor.
 */
@Component
@Conditional(UsesSandbox.class)
class SandboxWebhookThread {

	private final TaskExecutor executor;

	SandboxWebhookThread() {
		SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("sandbox-subscription-webhooks-");
		thread.setDaemon(true);
		this.executor = thread;
	}

	private SandboxWebhookThread(TaskExecutor executor) {
		this.executor = executor;
	}

	/** Posting on {@code executor} instead (a test's own). */
	static SandboxWebhookThread on(TaskExecutor executor) {
		return new SandboxWebhookThread(executor);
	}

	TaskExecutor executor() {
		return executor;
	}

}
