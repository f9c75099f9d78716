package com.ayurlahi.subscriptions.gateway;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.RazorpaySdkRedirect;
import com.ayurlahi.payments.PaymentSettings;
import com.razorpay.Invoice;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;

/**
 * Razorpay Subscriptions through its Java SDK, chosen when RAZORPAY_KEY_ID and
 * RAZORPAY_KEY_SECRET are set. A plan is monthly (interval 1) for its amount in paise in
 * INR; a subscription is for one unit of a plan, with Razorpay's own notifications off
 * ({@code customer_notify: 0}: we tell the clinic ourselves), {@code start_at} for a
 * future first charge and the upfront amount as an addon charged on authorisation. The
 * charges of a subscription are its paid invoices
 * ({@code GET /v1/invoices?subscription_id} page by page), each with its payment; an
 * invoice without a plan line is the authorisation's upfront addon. Their method is the
 * subscription's mandate method (one mandate pays every cycle), read as UPI, CARD or
 * EMANDATE ({@link RazorpayMethods}). Razorpay's refusals, and answers that are not what
 * a call expects, become {@link SubscriptionGatewayException}s carrying Razorpay's
 * description.
 * <p>
 * The SDK's API host is fixed and its HTTP client is a static singleton; when
 * {@code ayurlahi.payments.razorpay.api-url} points elsewhere (only tests do, at a local
 * fake of Razorpay's API), that client is replaced by one that sends every request there,
 * as the payments module's adapter does.
 */
@Component
@Conditional(UsesSandbox.UsesRazorpay.class)
class RazorpaySdkSubscriptionGateway implements SubscriptionGateway {

	static final URI RAZORPAY_API = URI.create("https://api.razorpay.com");

	/** Razorpay lists 10 by default and at most 100 a page. */
	static final int PAGE_SIZE = 100;

	private final RazorpayClient client;

	RazorpaySdkSubscriptionGateway(PaymentSettings settings) throws RazorpayException {
		this.client = new RazorpayClient(settings.razorpay().keyId(), settings.razorpay().keySecret());
		URI apiUrl = settings.razorpay().apiUrl();
		if (!RAZORPAY_API.equals(apiUrl)) {
			RazorpaySdkRedirect.to(apiUrl);
		}
	}

	@Override
	public GatewayPlan createPlan(String name, String description, long amountPaise, Map<String, String> notes) {
		JSONObject item = new JSONObject().put("name", name)
			.put("amount", amountPaise)
			.put("currency", "INR")
			.put("description", description);
		JSONObject request = new JSONObject().put("period", "monthly")
			.put("interval", 1)
			.put("item", item)
			.put("notes", new JSONObject(notes));
		return call("Razorpay did not create the plan " + name, () -> {
			JSONObject plan = client.plans.create(request).toJson();
			return new GatewayPlan(plan.getString("id"), plan.getJSONObject("item").getLong("amount"));
		});
	}

	@Override
	public GatewaySubscription create(String gatewayPlanId, int totalCount, @Nullable Instant startAt,
			long upfrontPaise, String upfrontDescription, Map<String, String> notes) {
		JSONObject request = new JSONObject().put("plan_id", gatewayPlanId)
			.put("total_count", totalCount)
			.put("quantity", 1)
			.put("customer_notify", 0)
			.put("notes", new JSONObject(notes));
		if (startAt != null) {
			request.put("start_at", startAt.getEpochSecond());
		}
		if (upfrontPaise > 0) {
			JSONObject item = new JSONObject().put("name", upfrontDescription)
				.put("amount", upfrontPaise)
				.put("currency", "INR");
			request.put("addons", new JSONArray().put(new JSONObject().put("item", item)));
		}
		return call("Razorpay did not create a subscription to " + gatewayPlanId,
				() -> subscription(client.subscriptions.create(request).toJson()));
	}

	@Override
	public GatewaySubscription fetch(String gatewaySubscriptionId) {
		return call("Razorpay did not return subscription " + gatewaySubscriptionId,
				() -> subscription(client.subscriptions.fetch(gatewaySubscriptionId).toJson()));
	}

	@Override
	public List<GatewayCharge> chargesOf(String gatewaySubscriptionId) {
		return call("Razorpay did not return the invoices of subscription " + gatewaySubscriptionId, () -> {
			String method = RazorpayMethods
				.kindOf(text(client.subscriptions.fetch(gatewaySubscriptionId).toJson(), "payment_method"));
			List<GatewayCharge> charges = new ArrayList<>();
			for (int skip = 0;; skip += PAGE_SIZE) {
				List<Invoice> page = client.invoices
					.fetchAll(new JSONObject().put("subscription_id", gatewaySubscriptionId)
						.put("count", PAGE_SIZE)
						.put("skip", skip));
				for (Invoice invoice : page) {
					JSONObject json = invoice.toJson();
					if ("paid".equals(json.optString("status")) && text(json, "payment_id") != null) {
						charges.add(charge(json, method));
					}
				}
				if (page.size() < PAGE_SIZE) {
					return List.copyOf(charges);
				}
			}
		});
	}

	@Override
	public GatewaySubscription cancel(String gatewaySubscriptionId, boolean atCycleEnd) {
		JSONObject request = new JSONObject().put("cancel_at_cycle_end", atCycleEnd ? 1 : 0);
		return call("Razorpay did not cancel subscription " + gatewaySubscriptionId,
				() -> subscription(client.subscriptions.cancel(gatewaySubscriptionId, request).toJson()));
	}

	@Override
	public GatewaySubscription pause(String gatewaySubscriptionId) {
		JSONObject request = new JSONObject().put("pause_at", "now");
		return call("Razorpay did not pause subscription " + gatewaySubscriptionId,
				() -> subscription(client.subscriptions.pause(gatewaySubscriptionId, request).toJson()));
	}

	@Override
	public GatewaySubscription resume(String gatewaySubscriptionId) {
		JSONObject request = new JSONObject().put("resume_at", "now");
		return call("Razorpay did not resume subscription " + gatewaySubscriptionId,
				() -> subscription(client.subscriptions.resume(gatewaySubscriptionId, request).toJson()));
	}

	@Override
	public GatewayRefund refund(String gatewayPaymentId, long amountPaise, Map<String, String> notes) {
		JSONObject request = new JSONObject().put("amount", amountPaise)
			.put("speed", "normal")
			.put("notes", new JSONObject(notes));
		return call("Razorpay did not refund payment " + gatewayPaymentId, () -> {
			JSONObject refund = client.payments.refund(gatewayPaymentId, request).toJson();
			return new GatewayRefund(refund.getString("id"), refund.getString("payment_id"), refund.getLong("amount"),
					refund.getString("status"));
		});
	}

	/**
	 * Runs one call to Razorpay. Besides Razorpay's refusals ({@code CODE:description}),
	 * an answer that is not what the call expects fails in our mappers
	 * ({@link JSONException}) or where the SDK casts the entity it read
	 * ({@link ClassCastException}).
	 */
	private static <T> T call(String failure, RazorpayCall<T> call) {
		try {
			return call.call();
		}
		catch (RazorpayException | JSONException | ClassCastException failed) {
			throw new SubscriptionGatewayException(failure + ": " + failed.getMessage(), failed);
		}
	}

	@FunctionalInterface
	private interface RazorpayCall<T> {

		T call() throws RazorpayException;

	}

	static GatewaySubscription subscription(JSONObject json) {
		return new GatewaySubscription(json.getString("id"), json.getString("plan_id"), json.getString("status"),
				json.optString("short_url", ""), time(json, "current_start"), time(json, "current_end"),
				time(json, "charge_at"), time(json, "ended_at"), json.optInt("paid_count", 0),
				RazorpayMethods.kindOf(text(json, "payment_method")));
	}

	private static GatewayCharge charge(JSONObject invoice, @Nullable String method) {
		Instant paidAt = time(invoice, "paid_at");
		return new GatewayCharge(invoice.getString("payment_id"), invoice.getString("id"),
				invoice.has("amount_paid") ? invoice.getLong("amount_paid") : invoice.getLong("amount"),
				invoice.optString("currency", "INR"), method,
				paidAt != null ? paidAt : Instant.ofEpochSecond(invoice.getLong("created_at")),
				time(invoice, "billing_start"), time(invoice, "billing_end"), !hasPlanLine(invoice));
	}

	/**
	 * Whether the invoice charges a cycle of the plan: a line of type {@code plan}, or,
	 * when Razorpay lists no lines, a billing period.
	 */
	private static boolean hasPlanLine(JSONObject invoice) {
		JSONArray lines = invoice.optJSONArray("line_items");
		if (lines == null || lines.isEmpty()) {
			return time(invoice, "billing_start") != null;
		}
		for (int i = 0; i < lines.length(); i++) {
			if ("plan".equals(lines.getJSONObject(i).optString("type"))) {
				return true;
			}
		}
		return false;
	}

	/** A time Razorpay sends in Unix seconds, or null when it sends none. */
	private static @Nullable Instant time(JSONObject json, String field) {
		return json.isNull(field) || !(json.get(field) instanceof Number seconds) ? null
				: Instant.ofEpochSecond(seconds.longValue());
	}

	private static @Nullable String text(JSONObject json, String field) {
		String value = json.optString(field, "");
		return json.isNull(field) || value.isBlank() ? null : value;
	}

}
