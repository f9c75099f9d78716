package com.ayurlahi.common.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.ContentTooLargeException;
import com.ayurlahi.common.InvalidInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;

/**
 * Domain refusals that a portal handler did not turn into a form error itself (see
 * {@link FormErrors}), answered with the refusal's own message and status (409, or 400
 * for invalid input) instead of a 500.
 * <ul>
 * <li>An htmx action's refusal goes into the action's error slot: the element whose id is
 * the id of the element that made the request followed by {@code -error} (htmx sends that
 * id as {@code HX-Trigger}), or the page's {@code #page-error} slot when that element has
 * no id. The layout's htmx configuration swaps these 400 and 409 answers.</li>
 * <li>Any other request gets the error page.</li>
 * </ul>
 * JSON controllers are answered by {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PortalExceptionHandler {

	/** The fragment an htmx refusal is answered with: the message, ready for its slot. */
	static final String REFUSAL = "fragments/form :: refusal";

	private static final String PAGE_SLOT = "#page-error";

	/**
	 * Element ids this handler will target: what our templates use, nothing a selector
	 * could misread.
	 */
	private static final Pattern ELEMENT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

	@ExceptionHandler
	ModelAndView conflict(ConflictException conflict, HtmxRequest htmx, HtmxResponse response) {
		return refused(HttpStatus.CONFLICT, "That can't be done now", conflict.getMessage(), htmx, response);
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException invalid, HtmxRequest htmx, HtmxResponse response) {
		return refused(HttpStatus.BAD_REQUEST, "Please check what you entered", invalid.getMessage(), htmx, response);
	}

	@ExceptionHandler
	ModelAndView concurrentChange(OptimisticLockingFailureException concurrent, HtmxRequest htmx,
			HtmxResponse response) {
		return refused(HttpStatus.CONFLICT, "Changed meanwhile",
				"Someone else changed this at the same time. Go back, reload the page and try again.", htmx, response);
	}

	@ExceptionHandler
	ModelAndView tooLarge(ContentTooLargeException tooLarge, HtmxRequest htmx, HtmxResponse response) {
		return refused(HttpStatus.CONTENT_TOO_LARGE, "That file is too large", tooLarge.getMessage(), htmx, response);
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HtmxRequest htmx, HtmxResponse response) {
		return refused(HttpStatus.CONTENT_TOO_LARGE, "That file is too large",
				"That upload is larger than this page takes; choose a smaller file.", htmx, response);
	}

	private static ModelAndView refused(HttpStatus status, String title, @Nullable String message, HtmxRequest htmx,
			HtmxResponse response) {
		String text = String.valueOf(message);
		if (!htmx.isHtmxRequest()) {
			return ErrorPageController.page(status, title, text);
		}
		response.setRetarget(slotOf(htmx.getTriggerId()));
		response.setReswap(HtmxReswap.innerHtml());
		ModelAndView refusal = new ModelAndView(REFUSAL, status);
		refusal.addObject("refusal", text);
		return refusal;
	}

	/** The error slot of the element that made the request. */
	static String slotOf(@Nullable String triggerId) {
		return triggerId != null && ELEMENT_ID.matcher(triggerId).matches() ? "#" + triggerId + "-error" : PAGE_SLOT;
	}

}
