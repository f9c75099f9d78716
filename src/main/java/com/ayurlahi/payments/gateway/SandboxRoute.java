package com.ayurlahi.payments.gateway;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ayurlahi.payments.gateway.PaymentGateway.GatewayReversal;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayTransfer;

/**
 * Razorpay Route as the sandbox keeps it ({@code sandbox_razorpay_transfers}): transfers
 * of captured payments to linked accounts, on hold until released, and their reversals.
 * Callers run each change in a transaction of the sandbox's own; a new transfer's caller
 * holds its payment's order locked, so that two transfers can't both fit.
 */
final class SandboxRoute {

	private final SandboxRazorpayTables tables;

	private final Clock clock;

	SandboxRoute(SandboxRazorpayTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	/** A transfer as its row keeps it. */
	record Transfer(String id, String paymentId, String linkedAccountId, long amountPaise, Map<String, String> notes,
			List<GatewayReversal> reversals, long reversedPaise, boolean onHold) {

		Transfer {
			notes = Map.copyOf(notes);
			reversals = List.copyOf(reversals);
		}

		GatewayTransfer view() {
			return new GatewayTransfer(id, linkedAccountId, amountPaise, onHold, notes);
		}

		Transfer reversed(GatewayReversal reversal) {
			List<GatewayReversal> all = new ArrayList<>(reversals);
			all.add(reversal);
			return new Transfer(id, paymentId, linkedAccountId, amountPaise, notes, all,
					reversedPaise + reversal.amountPaise(), onHold);
		}

	}

	/**
	 * A new transfer on hold, refused when the payment's transfers would exceed what was
	 * captured.
	 */
	GatewayTransfer create(String paymentId, long capturedPaise, String linkedAccountId, long amountPaise,
			Map<String, String> notes) {
		long transferred = tables.transfersOf(paymentId).stream().mapToLong(Transfer::amountPaise).sum();
		if (amountPaise <= 0 || transferred + amountPaise > capturedPaise) {
			throw new PaymentGatewayException(
					"The sum of amount requested for transfer is greater than the captured amount");
		}
		Transfer transfer = new Transfer("trf_" + SandboxRazorpay.randomId(), paymentId, linkedAccountId, amountPaise,
				notes, List.of(), 0, true);
		tables.insert(transfer, clock.instant());
		return transfer.view();
	}

	List<GatewayTransfer> transfersOf(String paymentId) {
		return tables.transfersOf(paymentId).stream().map(Transfer::view).toList();
	}

	GatewayTransfer release(String transferId) {
		Transfer transfer = tables.lockTransfer(transferId).orElseThrow(() -> unknown(transferId));
		Transfer released = new Transfer(transfer.id(), transfer.paymentId(), transfer.linkedAccountId(),
				transfer.amountPaise(), transfer.notes(), transfer.reversals(), transfer.reversedPaise(), false);
		tables.update(released);
		return released.view();
	}

	void reverse(String transferId, long amountPaise, Map<String, String> notes) {
		Transfer transfer = tables.lockTransfer(transferId).orElseThrow(() -> unknown(transferId));
		if (amountPaise <= 0 || amountPaise > transfer.amountPaise() - transfer.reversedPaise()) {
			throw new PaymentGatewayException(
					"The reversal amount is greater than the amount left on transfer " + transferId);
		}
		tables.update(transfer
			.reversed(new GatewayReversal("rvrsl_" + SandboxRazorpay.randomId(), amountPaise, Map.copyOf(notes))));
	}

	/** A full refund with its transfers reversed takes back all that is left of each. */
	void reverseAll(String paymentId) {
		for (Transfer each : tables.transfersOf(paymentId)) {
			Transfer transfer = tables.lockTransfer(each.id()).orElseThrow();
			tables.update(new Transfer(transfer.id(), transfer.paymentId(), transfer.linkedAccountId(),
					transfer.amountPaise(), transfer.notes(), transfer.reversals(), transfer.amountPaise(),
					transfer.onHold()));
		}
	}

	List<GatewayReversal> reversalsOf(String transferId) {
		return tables.transfer(transferId).orElseThrow(() -> unknown(transferId)).reversals();
	}

	long transferredPaise(String transferId) {
		Transfer transfer = tables.transfer(transferId).orElseThrow(() -> unknown(transferId));
		return transfer.amountPaise() - transfer.reversedPaise();
	}

	private static PaymentGatewayException unknown(String transferId) {
		return new PaymentGatewayException("The id provided does not exist: " + transferId);
	}

}
