package com.ayurlahi.common.web;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The request factory of the application's HTTP calls out (Gupshup, and the sandboxes'
 * webhooks and callbacks to this application): the JDK's HTTP client with the timeouts
 * given. Each request's body is written from a virtual thread: the factory's default
 * starts a platform thread for every request, which under a burst (a sandbox posting
 * thousands of webhooks) costs more than the request.
 */
public final class OutboundHttp {

	private OutboundHttp() {
	}

	/**
	 * A factory over {@code client} whose requests give up waiting for an answer after
	 * {@code readTimeout}.
	 */
	public static JdkClientHttpRequestFactory requests(HttpClient client, Duration readTimeout) {
		SimpleAsyncTaskExecutor bodyWriters = new SimpleAsyncTaskExecutor("http-body-");
		bodyWriters.setVirtualThreads(true);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client, bodyWriters);
		requests.setReadTimeout(readTimeout);
		return requests;
	}

}
