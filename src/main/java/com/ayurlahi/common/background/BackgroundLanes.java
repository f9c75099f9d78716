package com.ayurlahi.common.background;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread pools of the background lanes ({@link Lanes}). Each is built by Spring
 * Boot's builder, so the {@code spring.task.execution} settings (its shutdown, the queue)
 * apply to all alike; a lane only has its own threads and name. Its threads run at the
 * lowest priority, so that where the JVM passes priorities on to the operating system (on
 * Linux with {@code -XX:ThreadPriorityPolicy=1}) background work takes the cores only
 * when the requests leave them. Spring Boot's {@code applicationTaskExecutor} stays
 * ({@code spring.task.execution.mode: force}) for what names no lane.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LaneThreads.class)
class BackgroundLanes {

	@Bean(Lanes.INBOX)
	ThreadPoolTaskExecutor inboxLane(ThreadPoolTaskExecutorBuilder builder, LaneThreads threads) {
		return lane(builder, "inbox-", threads.inbox());
	}

	@Bean(Lanes.DOCUMENTS)
	ThreadPoolTaskExecutor documentsLane(ThreadPoolTaskExecutorBuilder builder, LaneThreads threads) {
		return lane(builder, "documents-", threads.documents());
	}

	@Bean(Lanes.NOTIFICATIONS)
	ThreadPoolTaskExecutor notificationsLane(ThreadPoolTaskExecutorBuilder builder, LaneThreads threads) {
		return lane(builder, "notifications-", threads.notifications());
	}

	@Bean(Lanes.GATEWAY)
	ThreadPoolTaskExecutor gatewayLane(ThreadPoolTaskExecutorBuilder builder, LaneThreads threads) {
		return lane(builder, "gateway-", threads.gateway());
	}

	private static ThreadPoolTaskExecutor lane(ThreadPoolTaskExecutorBuilder builder, String name, int threads) {
		return builder.corePoolSize(threads)
			.maxPoolSize(threads)
			.threadNamePrefix(name)
			.additionalCustomizers(lane -> lane.setThreadPriority(Thread.MIN_PRIORITY))
			.build();
	}

}
