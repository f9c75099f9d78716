package com.ayurlahi.common.web;

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
import com.ayurlahi.common.InvalidInputException;

/**
 * Domain refusals that a portal page did not turn into a form error itself: shown as the
 * error page with the refusal's own message (409 or 400) instead of a 500. JSON
 * controllers are answered by {@link ApiExceptionHandler}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PortalExceptionHandler {

	@ExceptionHandler
	ModelAndView conflict(ConflictException conflict) {
		return ErrorPageController.page(HttpStatus.CONFLICT, "That can't be done now",
				String.valueOf(conflict.getMessage()));
	}

	@ExceptionHandler
	ModelAndView concurrentChange(OptimisticLockingFailureException concurrent) {
		return ErrorPageController.page(HttpStatus.CONFLICT, "Changed meanwhile",
				"Someone else changed this at the same time. Go back, reload the page and try again.");
	}

	@ExceptionHandler
	ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge) {
		return ErrorPageController.page(HttpStatus.CONTENT_TOO_LARGE, "That file is too large",
				"Upload files of at most 512 KB; split larger ones.");
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException invalid) {
		return ErrorPageController.page(HttpStatus.BAD_REQUEST, "Please check what you entered",
				String.valueOf(invalid.getMessage()));
	}

}
