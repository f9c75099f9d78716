package com.ayurlahi.subscriptions.gateway;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.web.FlashMessage;
import com.ayurlahi.subscriptions.PlanLimitReached;
import com.ayurlahi.subscriptions.gateway.SandboxSubscriptions.Method;

/**
 * The sandbox's page of a subscription, standing in for the page of Razorpay's
 * {@code short_url}: public like Razorpay's, marked SANDBOX, it shows the plan, what
 * authorising charges now and every month after, and lets the clinic authorise the
 * mandate by UPI AutoPay, card or eMandate, each of which can be made to succeed or fail
 * (a failure leaves the subscription to be authorised again). Once authorised, the page
 * offers the sandbox's own controls for trying dunning out: make the next renewal fail,
 * take the next renewal now, and pay a pending or halted subscription. Each button posts,
 * then the page is shown again with what happened. It only exists while the sandbox is
 * the gateway.
 */
@Controller
@Conditional(UsesSandbox.class)
@RequestMapping(SandboxSubscriptions.PAGE_PATH + "{subscriptionId}")
class SandboxSubscriptionController {

	private static final String PAGE = "redirect:" + SandboxSubscriptions.PAGE_PATH + "{subscriptionId}";

	private final SandboxSubscriptions sandbox;

	SandboxSubscriptionController(SandboxSubscriptions sandbox) {
		this.sandbox = sandbox;
	}

	/** What the clinic's authorisation comes to, on the sandbox's buttons. */
	enum Outcome {

		SUCCEEDS, FAILS

	}

	@GetMapping
	String page(@PathVariable String subscriptionId, Model model) {
		model.addAttribute("page", page(subscriptionId));
		model.addAttribute("methods", Method.values());
		model.addAttribute("returnPath", PlanLimitReached.UPGRADE_PATH);
		return "sandbox/subscription";
	}

	@PostMapping("/authorise")
	String authorise(@PathVariable String subscriptionId, @RequestParam Method method, @RequestParam Outcome outcome,
			RedirectAttributes redirect) {
		page(subscriptionId);
		try {
			if (outcome == Outcome.SUCCEEDS) {
				sandbox.authorise(subscriptionId, method);
				FlashMessage.success(redirect, "The " + method.label() + " mandate is authorised.");
			}
			else {
				sandbox.failAuthorisation(subscriptionId);
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, new FlashMessage(FlashMessage.Level.DANGER,
						"The authorisation by " + method.label() + " failed. Nothing was charged; try again."));
			}
		}
		catch (SubscriptionGatewayException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return PAGE;
	}

	@PostMapping("/fail-next-renewal")
	String failNextRenewal(@PathVariable String subscriptionId, RedirectAttributes redirect) {
		SandboxSubscriptionPage page = page(subscriptionId);
		sandbox.failNextCharges(subscriptionId, page.failuresToCome() + 1);
		FlashMessage.info(redirect, "The next " + (page.failuresToCome() + 1) + " charge(s) will fail.");
		return PAGE;
	}

	@PostMapping("/renew-now")
	String renewNow(@PathVariable String subscriptionId, RedirectAttributes redirect) {
		page(subscriptionId);
		try {
			sandbox.renewNow(subscriptionId);
			FlashMessage.info(redirect, "The next charge was taken now.");
		}
		catch (SubscriptionGatewayException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return PAGE;
	}

	@PostMapping("/pay-now")
	String payNow(@PathVariable String subscriptionId, RedirectAttributes redirect) {
		page(subscriptionId);
		try {
			sandbox.payNow(subscriptionId);
			FlashMessage.success(redirect, "Paid: the subscription is active again.");
		}
		catch (SubscriptionGatewayException refused) {
			FlashMessage.refused(redirect, refused);
		}
		return PAGE;
	}

	private SandboxSubscriptionPage page(String subscriptionId) {
		try {
			return sandbox.page(subscriptionId);
		}
		catch (SubscriptionGatewayException unknown) {
			throw new NotFoundException("The sandbox has no subscription " + subscriptionId + ".");
		}
	}

}
