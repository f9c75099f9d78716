package com.ayurlahi.payments;

import java.lang.reflect.Field;
import java.net.URI;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The test seam of the Razorpay SDK, shared by every adapter that talks to Razorpay
 * through it (payments, subscriptions): the SDK's static client replaced by one that
 * sends its requests to another API URL (a local HTTP server standing in for Razorpay).
 */
public final class RazorpaySdkRedirect {

	private RazorpaySdkRedirect() {
	}

	/** Sends the SDK's requests to {@code apiUrl} from now on. */
	public static void to(URI apiUrl) {
		HttpUrl target = HttpUrl.get(apiUrl);
		OkHttpClient redirecting = new OkHttpClient.Builder().addInterceptor(chain -> {
			Request request = chain.request();
			HttpUrl url = request.url()
				.newBuilder()
				.scheme(target.scheme())
				.host(target.host())
				.port(target.port())
				.build();
			return chain.proceed(request.newBuilder().url(url).build());
		}).build();
		try {
			Field field = Class.forName("com.razorpay.ApiUtils").getDeclaredField("client");
			field.setAccessible(true);
			field.set(null, redirecting);
		}
		catch (ReflectiveOperationException unexpected) {
			throw new IllegalStateException("This version of the Razorpay SDK has no static client to redirect",
					unexpected);
		}
	}

}
