package com.ayurlahi.payments.web;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.Portal;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.common.web.NavigationItem;
import com.ayurlahi.payments.PaymentQueries;
import com.ayurlahi.payments.PaymentStatus;
import com.ayurlahi.payments.PaymentView;
import com.ayurlahi.payments.chargebacks.ChargebackQueries;
import com.ayurlahi.payments.gateway.PaymentGatewayException;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The team's chargebacks: the disputes still open, the soonest respond-by date first
 * (overdue ones marked), and every chargeback; an order's chargebacks for its admin page.
 * ADMIN and SUPPORT read; they answer in Razorpay's dashboard. While the sandbox is the
 * gateway, ADMIN can have it raise a chargeback on a captured payment.
 */
@Controller
class AdminChargebacksController {

	private final ChargebackQueries chargebacks;

	private final PaymentQueries payments;

	private final ObjectProvider<SandboxRazorpay> sandbox;

	private final Clock clock;

	AdminChargebacksController(ChargebackQueries chargebacks, PaymentQueries payments,
			ObjectProvider<SandboxRazorpay> sandbox, Clock clock) {
		this.chargebacks = chargebacks;
		this.payments = payments;
		this.sandbox = sandbox;
		this.clock = clock;
	}

	@Bean
	static NavigationItem adminChargebacksNavigation() {
		return new NavigationItem(Portal.ADMIN, "Chargebacks", "/admin/chargebacks", 38);
	}

	@GetMapping("/admin/chargebacks")
	String chargebacks(Model model) {
		model.addAttribute("open", chargebacks.open());
		model.addAttribute("all", chargebacks.all());
		model.addAttribute("maxListed", ChargebackQueries.MAX_LISTED);
		model.addAttribute("now", clock.instant());
		return "admin/chargebacks";
	}

	/**
	 * The order's chargebacks, for the admin order page to load into itself: nothing when
	 * it has none, unless the sandbox may raise one on its captured payment.
	 */
	@GetMapping("/admin/chargebacks/order/{orderId}")
	String ofOrder(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user, Model model) {
		model.addAttribute("chargebacks", chargebacks.ofOrder(orderId));
		model.addAttribute("disputable", sandbox.getIfAvailable() == null ? List.of() : disputable(orderId, user));
		model.addAttribute("now", clock.instant());
		return "admin/chargebacks :: order-chargebacks";
	}

	@PostMapping("/admin/chargebacks/sandbox/{paymentId}")
	@PreAuthorize("hasRole('ADMIN')")
	String raiseInSandbox(@PathVariable UUID paymentId, @AuthenticationPrincipal AuthenticatedUser admin,
			RedirectAttributes redirect) {
		PaymentView payment = payments.get(paymentId, admin);
		SandboxRazorpay razorpay = sandbox.getIfAvailable();
		if (razorpay == null || !isDisputable(payment)) {
			FlashMessage.warning(redirect, razorpay == null ? "Only the sandbox can raise a chargeback."
					: "Only a captured payment can be disputed.");
			return "redirect:/admin/orders/" + payment.orderId();
		}
		try {
			String disputeId = razorpay.raiseDispute(payment.razorpayOrderId(),
					Objects.requireNonNull(payment.razorpayPaymentId()), Money.toPaise(payment.amount()));
			FlashMessage.success(redirect,
					"The sandbox's bank disputed the payment of " + Money.format(payment.amount()) + " (" + disputeId
							+ "): the chargeback is listed here once its webhook is applied, in a moment.");
		}
		catch (PaymentGatewayException refused) {
			FlashMessage.warning(redirect, refused.getMessage());
		}
		return "redirect:/admin/orders/" + payment.orderId();
	}

	private List<PaymentView> disputable(UUID orderId, AuthenticatedUser user) {
		return payments.forOrder(orderId, user).stream().filter(AdminChargebacksController::isDisputable).toList();
	}

	private static boolean isDisputable(PaymentView payment) {
		return payment.razorpayPaymentId() != null
				&& (payment.status() == PaymentStatus.CAPTURED || payment.status() == PaymentStatus.PARTIALLY_REFUNDED);
	}

}
