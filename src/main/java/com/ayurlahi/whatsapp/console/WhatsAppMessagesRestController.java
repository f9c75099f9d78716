package com.ayurlahi.whatsapp.console;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.ayurlahi.common.web.Pages;

/**
 * {@code GET /api/admin/whatsapp/messages?phone=&direction=&status=&page=&size=} for
 * ADMIN and SUPPORT: the message log both ways, newest first (the only order), in Spring
 * Data's page format. A number, direction or status that names none is a 400 naming the
 * parameter.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'SUPPORT')")
class WhatsAppMessagesRestController {

	private final MessageLog log;

	WhatsAppMessagesRestController(MessageLog log) {
		this.log = log;
	}

	@GetMapping("/api/admin/whatsapp/messages")
	PagedModel<MessageJson> messages(@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(required = false) @Nullable String status, @PageableDefault(size = 20) Pageable pageable) {
		MessageFilter filter = MessageFilter.strictly(phone, direction, status);
		return new PagedModel<>(log.messages(filter, Pages.checked(pageable, Map.of())).map(MessageJson::of));
	}

}
