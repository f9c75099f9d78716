package com.ayurlahi.payments.gateway;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.RazorpaySdkRedirect;
import com.ayurlahi.payments.PaymentSettings;
import com.razorpay.Order;
import com.razorpay.Payment;
import com.razorpay.PaymentLink;
import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import com.razorpay.Refund;
import com.razorpay.Reversal;
import com.razorpay.Transfer;

/**
 * Razorpay through its Java SDK, chosen when RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are
 * set: orders, payment links, refunds (with the payment's transfers reversed on a full
 * refund), and Route transfers to the manufacturers' linked accounts, held until released
 * or reversed. Razorpay's refusals, and answers that are not what a call expects, become
 * {@link PaymentGatewayException}s naming what failed.
 * <p>
 * A payment link ({@code POST /v1/payment_links}) is for the amount in paise in INR, with
 * the order number as {@code reference_id}, {@code expire_by} the order's payment timeout
 * but never less than 16 minutes ahead (Razorpay refuses less than 15; see
 * {@link PaymentLinkRequest#expireByFrom}), Razorpay's SMS, e-mail and reminders off (the
 * link goes out over WhatsApp), our ids in {@code notes} and the clinic's name, phone and
 * e-mail as {@code customer} only. It has no {@code callback_url}: our checkout callback
 * proves a payment of a Razorpay order we created and leads to a page behind the clinic's
 * sign-in, neither of which fits a link opened on a phone from WhatsApp; Razorpay shows
 * its own receipt, and the webhooks confirm the order.
 * <p>
 * The SDK's API host is fixed and its HTTP client is a static singleton; when
 * {@code ayurlahi.payments.razorpay.api-url} points elsewhere (only tests do, at a local
 * fake of Razorpay's API), that client is replaced by one that sends every request there
 * instead.
 */
@Component
@Conditional(UsesSandbox.UsesRazorpay.class)
class RazorpaySdkGateway implements PaymentGateway {

	static final URI RAZORPAY_API = URI.create("https://api.razorpay.com");

	/**
	 * Razorpay lists 10 by default; a payment has at most one refund per order line (100)
	 * and one transfer.
	 */
	private static final int LIST_SIZE = 100;

	private final RazorpayClient client;

	private final Clock clock;

	RazorpaySdkGateway(PaymentSettings settings, Clock clock) throws RazorpayException {
		this.client = new RazorpayClient(settings.razorpay().keyId(), settings.razorpay().keySecret());
		this.clock = clock;
		URI apiUrl = settings.razorpay().apiUrl();
		if (!RAZORPAY_API.equals(apiUrl)) {
			RazorpaySdkRedirect.to(apiUrl);
		}
	}

	@Override
	public GatewayOrder createOrder(String receipt, long amountPaise, Map<String, String> notes) {
		JSONObject request = new JSONObject().put("amount", amountPaise)
			.put("currency", "INR")
			.put("receipt", receipt)
			.put("notes", new JSONObject(notes));
		return call("Razorpay did not create the order",
				() -> order(client.orders.create(request).toJson(), List.of()));
	}

	@Override
	public GatewayOrder fetchOrder(String razorpayOrderId) {
		return call("Razorpay did not return order " + razorpayOrderId, () -> {
			Order order = client.orders.fetch(razorpayOrderId);
			List<GatewayPayment> payments = client.orders.fetchPayments(razorpayOrderId)
				.stream()
				.map(Payment::toJson)
				.map(RazorpaySdkGateway::payment)
				.toList();
			return order(order.toJson(), payments);
		});
	}

	@Override
	public Optional<String> hostedCheckoutUrl(String razorpayOrderId, String callbackPath) {
		return Optional.empty();
	}

	@Override
	public GatewayPaymentLink createPaymentLink(PaymentLinkRequest link) {
		JSONObject request = new JSONObject().put("amount", link.amountPaise())
			.put("currency", "INR")
			.put("accept_partial", false)
			.put("description", link.description())
			.put("reference_id", link.referenceId())
			.put("expire_by", link.expireByFrom(clock.instant()).getEpochSecond())
			.put("notify", new JSONObject().put("sms", false).put("email", false))
			.put("reminder_enable", false)
			.put("notes", new JSONObject(link.notes()));
		Customer customer = link.customer();
		if (customer != null) {
			JSONObject json = new JSONObject().put("name", customer.name());
			if (customer.contact() != null) {
				json.put("contact", customer.contact());
			}
			if (customer.email() != null) {
				json.put("email", customer.email());
			}
			request.put("customer", json);
		}
		return call("Razorpay did not create a payment link for " + link.referenceId(),
				() -> paymentLink(client.paymentLink.create(request).toJson()));
	}

	@Override
	public Optional<GatewayPaymentLink> paymentLinkByReference(String referenceId) {
		return call("Razorpay did not return the payment links of " + referenceId,
				() -> client.paymentLink.fetchAll(new JSONObject().put("reference_id", referenceId))
					.stream()
					.map(PaymentLink::toJson)
					.map(RazorpaySdkGateway::paymentLink)
					.filter(link -> link.referenceId().equals(referenceId))
					.findFirst());
	}

	@Override
	public GatewayPaymentLink cancelPaymentLink(String paymentLinkId) {
		return call("Razorpay did not cancel payment link " + paymentLinkId,
				() -> paymentLink(client.paymentLink.cancel(paymentLinkId).toJson()));
	}

	@Override
	public GatewayRefund refund(String razorpayPaymentId, long amountPaise, boolean reverseAllTransfers,
			Map<String, String> notes) {
		JSONObject request = new JSONObject().put("amount", amountPaise)
			.put("speed", "normal")
			.put("notes", new JSONObject(notes));
		if (reverseAllTransfers) {
			request.put("reverse_all", true);
		}
		return call("Razorpay did not refund payment " + razorpayPaymentId,
				() -> gatewayRefund(client.payments.refund(razorpayPaymentId, request).toJson()));
	}

	@Override
	public List<GatewayRefund> refundsOf(String razorpayPaymentId) {
		return call("Razorpay did not return the refunds of payment " + razorpayPaymentId,
				() -> client.payments.fetchAllRefunds(razorpayPaymentId, new JSONObject().put("count", LIST_SIZE))
					.stream()
					.map(Refund::toJson)
					.map(RazorpaySdkGateway::gatewayRefund)
					.toList());
	}

	@Override
	public GatewayTransfer transfer(String razorpayPaymentId, String linkedAccountId, long amountPaise,
			Map<String, String> notes) {
		JSONObject transfer = new JSONObject().put("account", linkedAccountId)
			.put("amount", amountPaise)
			.put("currency", "INR")
			.put("notes", new JSONObject(notes))
			.put("on_hold", true);
		JSONObject request = new JSONObject().put("transfers", new JSONArray().put(transfer));
		String failure = "Razorpay did not transfer payment " + razorpayPaymentId + " to " + linkedAccountId;
		return call(failure, () -> {
			List<Transfer> made = client.payments.transfer(razorpayPaymentId, request);
			if (made.size() != 1) {
				throw new PaymentGatewayException(
						failure + ": it answered with " + made.size() + " transfers instead of one");
			}
			return gatewayTransfer(made.getFirst().toJson());
		});
	}

	@Override
	public List<GatewayTransfer> transfersOf(String razorpayPaymentId) {
		return call("Razorpay did not return the transfers of payment " + razorpayPaymentId,
				() -> client.payments.fetchAllTransfers(razorpayPaymentId, new JSONObject().put("count", LIST_SIZE))
					.stream()
					.map(Transfer::toJson)
					.map(RazorpaySdkGateway::gatewayTransfer)
					.toList());
	}

	@Override
	public GatewayTransfer releaseTransfer(String transferId) {
		JSONObject request = new JSONObject().put("on_hold", false);
		return call("Razorpay did not release transfer " + transferId,
				() -> gatewayTransfer(client.transfers.edit(transferId, request).toJson()));
	}

	@Override
	public void reverseTransfer(String transferId, long amountPaise, Map<String, String> notes) {
		JSONObject request = new JSONObject().put("amount", amountPaise).put("notes", new JSONObject(notes));
		call("Razorpay did not reverse transfer " + transferId, () -> client.transfers.reversal(transferId, request));
	}

	@Override
	public List<GatewayReversal> reversalsOf(String transferId) {
		return call("Razorpay did not return the reversals of transfer " + transferId,
				() -> client.transfers.fetchReversal(transferId)
					.stream()
					.map(Reversal::toJson)
					.map(json -> new GatewayReversal(json.getString("id"), json.getLong("amount"), notes(json)))
					.toList());
	}

	/**
	 * Runs one call to Razorpay. Besides Razorpay's refusals, an answer that is not what
	 * the call expects fails in our mappers ({@link JSONException}) or where the SDK
	 * casts the entity it read ({@link ClassCastException}).
	 */
	private static <T> T call(String failure, RazorpayCall<T> call) {
		try {
			return call.call();
		}
		catch (RazorpayException failed) {
			if (isTemporary(failed)) {
				throw PaymentGatewayException.unavailable(failure + ": " + failed.getMessage(), failed);
			}
			throw new PaymentGatewayException(failure + ": " + failed.getMessage(), failed);
		}
		catch (JSONException | ClassCastException failed) {
			throw new PaymentGatewayException(failure + ": " + failed.getMessage(), failed);
		}
	}

	/**
	 * Whether Razorpay was out of reach rather than refusing: the SDK reports no status
	 * for a connection that failed or an answer that never came, and 429 and 5xx say
	 * Razorpay is overloaded or down for now.
	 */
	private static boolean isTemporary(RazorpayException failed) {
		int status = failed.getStatusCode();
		return status == 0 || status == 429 || status >= 500;
	}

	@FunctionalInterface
	private interface RazorpayCall<T> {

		T call() throws RazorpayException;

	}

	private static GatewayOrder order(JSONObject json, List<GatewayPayment> payments) {
		return new GatewayOrder(json.getString("id"), json.getLong("amount"), json.getString("currency"),
				json.optString("receipt", ""), json.getString("status"), payments);
	}

	private static GatewayPayment payment(JSONObject json) {
		return new GatewayPayment(json.getString("id"), json.getLong("amount"), json.getString("currency"),
				json.getString("status"), json.optString("method", null));
	}

	private static GatewayPaymentLink paymentLink(JSONObject json) {
		return new GatewayPaymentLink(json.getString("id"), json.optString("reference_id", ""),
				json.getString("short_url"), json.getString("status"), json.getLong("amount"),
				Instant.ofEpochSecond(json.getLong("expire_by")));
	}

	private static GatewayRefund gatewayRefund(JSONObject json) {
		return new GatewayRefund(json.getString("id"), json.getString("payment_id"), json.getLong("amount"),
				json.getString("status"), notes(json));
	}

	private static GatewayTransfer gatewayTransfer(JSONObject json) {
		return new GatewayTransfer(json.getString("id"), json.getString("recipient"), json.getLong("amount"),
				json.getBoolean("on_hold"), notes(json));
	}

	/**
	 * Razorpay sends notes as an object of strings, or as an empty array when there are
	 * none.
	 */
	private static Map<String, String> notes(JSONObject json) {
		JSONObject notes = json.optJSONObject("notes");
		if (notes == null) {
			return Map.of();
		}
		Map<String, String> map = new LinkedHashMap<>();
		for (String key : notes.keySet()) {
			map.put(key, notes.optString(key));
		}
		return Map.copyOf(map);
	}

}
