package com.ayurlahi.payments.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.payments.refunds.RefundQueries;
import com.ayurlahi.payments.refunds.RefundRequesting;
import com.ayurlahi.payments.refunds.RefundSubmission;
import com.ayurlahi.payments.refunds.RefundView;
import com.ayurlahi.payments.transfers.PayoutTransferSubmission;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The team's view of money going out: refunds with their Razorpay state, and the
 * manufacturers' payouts that wait for a linked account or whose last Razorpay call
 * failed. ADMIN has a failed call made again; SUPPORT reads.
 */
@Controller
class AdminRefundsController {

	private static final int PAGE_SIZE = 25;

	private final RefundQueries refunds;

	private final RefundSubmission submission;

	private final RefundRequesting requesting;

	private final PayoutTransferSubmission transfers;

	AdminRefundsController(RefundQueries refunds, RefundSubmission submission, RefundRequesting requesting,
			PayoutTransferSubmission transfers) {
		this.refunds = refunds;
		this.submission = submission;
		this.requesting = requesting;
		this.transfers = transfers;
	}

	@GetMapping("/admin/payments/refunds")
	String refunds(@RequestParam(required = false) @Nullable String page, Model model) {
		model.addAttribute("refunds", refunds.recent(PageRequest.of(Pages.number(page), PAGE_SIZE)));
		model.addAttribute("transfers", transfers.needingAttention());
		return "admin/refunds";
	}

	@PostMapping("/admin/payments/refunds/{refundId}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	String retryRefund(@PathVariable UUID refundId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		RefundView refund;
		try {
			refund = submission.retry(refundId, admin);
		}
		catch (ConflictException refused) {
			FlashMessage.refused(redirect, refused);
			return "redirect:/admin/payments/refunds";
		}
		if (refund.submitError() == null) {
			FlashMessage.success(redirect, "Razorpay took the refund of " + Money.format(refund.amount())
					+ " for order " + refund.orderNumber() + ".");
		}
		else {
			FlashMessage.warning(redirect, "Razorpay still did not take the refund: " + refund.submitError());
		}
		return "redirect:/admin/payments/refunds";
	}

	@PostMapping("/admin/payments/refunds/{refundId}/again")
	@PreAuthorize("hasRole('ADMIN')")
	String askAgain(@PathVariable UUID refundId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		RefundView again = requesting.askAgain(refundId, admin);
		FlashMessage.success(redirect, "The refund of " + Money.format(again.amount()) + " for order "
				+ again.orderNumber() + " is asked of Razorpay again.");
		return "redirect:/admin/payments/refunds";
	}

	@PostMapping("/admin/payments/transfers/{transferId}/retry")
	@PreAuthorize("hasRole('ADMIN')")
	String retryTransfer(@PathVariable UUID transferId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		var transfer = transfers.retry(transferId, Actor.user(admin.id(), admin.role().name()));
		if (transfer.submitError() == null) {
			FlashMessage.success(redirect, "The payout of " + transfer.amountText() + " for order "
					+ transfer.orderNumber() + " is " + transfer.status().label().toLowerCase() + ".");
		}
		else {
			FlashMessage.warning(redirect,
					"Razorpay still did not take the payout transfer: " + transfer.submitError());
		}
		return "redirect:/admin/payments/refunds";
	}

}
