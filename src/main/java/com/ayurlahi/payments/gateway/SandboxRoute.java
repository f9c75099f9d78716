package com.ayurlahi.payments.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayReversal;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayTransfer;

/**
 * Razorpay Route as the sandbox keeps it: transfers of captured payments to linked
 * accounts, on hold until released, and their reversals.
 */
final class SandboxRoute {

	private final Map<String, Transfer> transfers = new ConcurrentHashMap<>();

	/**
	 * A new transfer on hold, refused when the payment's transfers would exceed what was
	 * captured.
	 */
	synchronized GatewayTransfer create(String paymentId, long capturedPaise, String linkedAccountId, long amountPaise,
			Map<String, String> notes) {
		long transferred = transfers.values()
			.stream()
			.filter(transfer -> transfer.paymentId.equals(paymentId))
			.mapToLong(transfer -> transfer.amountPaise)
			.sum();
		if (amountPaise <= 0 || transferred + amountPaise > capturedPaise) {
			throw new PaymentGatewayException(
					"The sum of amount requested for transfer is greater than the captured amount");
		}
		Transfer transfer = new Transfer("trf_" + SandboxRazorpay.randomId(), paymentId, linkedAccountId, amountPaise,
				Map.copyOf(notes));
		transfers.put(transfer.id, transfer);
		return transfer.view();
	}

	List<GatewayTransfer> transfersOf(String paymentId) {
		return transfers.values()
			.stream()
			.filter(transfer -> transfer.paymentId.equals(paymentId))
			.map(Transfer::view)
			.toList();
	}

	GatewayTransfer release(String transferId) {
		Transfer transfer = find(transferId);
		synchronized (transfer) {
			transfer.onHold = false;
			return transfer.view();
		}
	}

	void reverse(String transferId, long amountPaise, Map<String, String> notes) {
		Transfer transfer = find(transferId);
		synchronized (transfer) {
			if (amountPaise <= 0 || amountPaise > transfer.amountPaise - transfer.reversedPaise) {
				throw new PaymentGatewayException(
						"The reversal amount is greater than the amount left on transfer " + transferId);
			}
			transfer.reversedPaise += amountPaise;
			transfer.reversals
				.add(new GatewayReversal("rvrsl_" + SandboxRazorpay.randomId(), amountPaise, Map.copyOf(notes)));
		}
	}

	/** A full refund with its transfers reversed takes back all that is left of each. */
	void reverseAll(String paymentId) {
		transfers.values().stream().filter(transfer -> transfer.paymentId.equals(paymentId)).forEach(transfer -> {
			synchronized (transfer) {
				transfer.reversedPaise = transfer.amountPaise;
			}
		});
	}

	List<GatewayReversal> reversalsOf(String transferId) {
		Transfer transfer = find(transferId);
		synchronized (transfer) {
			return List.copyOf(transfer.reversals);
		}
	}

	long transferredPaise(String transferId) {
		Transfer transfer = find(transferId);
		synchronized (transfer) {
			return transfer.amountPaise - transfer.reversedPaise;
		}
	}

	private Transfer find(String transferId) {
		Transfer transfer = transfers.get(transferId);
		if (transfer == null) {
			throw new PaymentGatewayException("The id provided does not exist: " + transferId);
		}
		return transfer;
	}

	private static final class Transfer {

		private final String id;

		private final String paymentId;

		private final String linkedAccountId;

		private final long amountPaise;

		private final Map<String, String> notes;

		private final List<GatewayReversal> reversals = new ArrayList<>();

		private long reversedPaise;

		private boolean onHold = true;

		Transfer(String id, String paymentId, String linkedAccountId, long amountPaise, Map<String, String> notes) {
			this.id = id;
			this.paymentId = paymentId;
			this.linkedAccountId = linkedAccountId;
			this.amountPaise = amountPaise;
			this.notes = notes;
		}

		synchronized GatewayTransfer view() {
			return new GatewayTransfer(id, linkedAccountId, amountPaise, onHold, notes);
		}

	}

}
