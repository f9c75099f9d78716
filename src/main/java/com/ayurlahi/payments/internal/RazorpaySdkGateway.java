package com.ayurlahi.payments.internal;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.json.JSONObject;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.PaymentGateway;
import com.ayurlahi.payments.PaymentGatewayException;
import com.ayurlahi.payments.PaymentSettings;
import com.razorpay.Order;
import com.razorpay.Payment;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Razorpay through its Java SDK, chosen when RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are set. The SDK's API host
 * is fixed and its HTTP client is a static singleton; when {@code ayurlahi.payments.razorpay.api-url} points
 * elsewhere (only tests do, at a local fake of Razorpay's API), that client is replaced by one that sends every
 * request there instead.
 */
@Component
@Conditional(UsesSandbox.UsesRazorpay.class)
class RazorpaySdkGateway implements PaymentGateway {

    static final URI RAZORPAY_API = URI.create("https://api.razorpay.com");

    private final RazorpayClient client;

    RazorpaySdkGateway(PaymentSettings settings) throws RazorpayException {
        this.client = new RazorpayClient(settings.razorpay().keyId(), settings.razorpay().keySecret());
        URI apiUrl = settings.razorpay().apiUrl();
        if (!RAZORPAY_API.equals(apiUrl)) {
            redirectSdkTo(apiUrl);
        }
    }

    @Override
    public GatewayOrder createOrder(String receipt, long amountPaise, Map<String, String> notes) {
        JSONObject request = new JSONObject()
                .put("amount", amountPaise)
                .put("currency", "INR")
                .put("receipt", receipt)
                .put("notes", new JSONObject(notes));
        try {
            return order(client.orders.create(request).toJson(), List.of());
        } catch (RazorpayException failed) {
            throw new PaymentGatewayException("Razorpay did not create the order: " + failed.getMessage(), failed);
        }
    }

    @Override
    public GatewayOrder fetchOrder(String razorpayOrderId) {
        try {
            Order order = client.orders.fetch(razorpayOrderId);
            List<GatewayPayment> payments = client.orders.fetchPayments(razorpayOrderId).stream()
                    .map(Payment::toJson).map(RazorpaySdkGateway::payment).toList();
            return order(order.toJson(), payments);
        } catch (RazorpayException failed) {
            throw new PaymentGatewayException("Razorpay did not return order " + razorpayOrderId + ": " + failed.getMessage(), failed);
        }
    }

    @Override
    public Optional<String> hostedCheckoutUrl(String razorpayOrderId, String callbackPath) {
        return Optional.empty();
    }

    private static GatewayOrder order(JSONObject json, List<GatewayPayment> payments) {
        return new GatewayOrder(json.getString("id"), json.getLong("amount"), json.getString("currency"),
                json.optString("receipt", ""), json.getString("status"), payments);
    }

    private static GatewayPayment payment(JSONObject json) {
        return new GatewayPayment(json.getString("id"), json.getLong("amount"), json.getString("currency"),
                json.getString("status"), json.optString("method", null));
    }

    /** The test seam: the SDK's static client, replaced by one that sends its requests to {@code apiUrl}. */
    private static void redirectSdkTo(URI apiUrl) {
        HttpUrl target = HttpUrl.get(apiUrl);
        OkHttpClient redirecting = new OkHttpClient.Builder().addInterceptor(chain -> {
            Request request = chain.request();
            HttpUrl url = request.url().newBuilder().scheme(target.scheme()).host(target.host()).port(target.port()).build();
            return chain.proceed(request.newBuilder().url(url).build());
        }).build();
        try {
            Field field = Class.forName("com.razorpay.ApiUtils").getDeclaredField("client");
            field.setAccessible(true);
            field.set(null, redirecting);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("This version of the Razorpay SDK has no static client to redirect", unexpected);
        }
    }
}
