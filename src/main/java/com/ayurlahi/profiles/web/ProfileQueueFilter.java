package com.ayurlahi.profiles.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.web.Pages;
import com.ayurlahi.common.web.RequestParams;
import com.ayurlahi.profiles.ApprovalStatus;

/**
 * The admin queue's filters as the page's form and links give them, all as text and read
 * leniently (a value that names nothing filters nothing; binding never fails): the status
 * (pending approval when none is given, empty for all), the state, a search over name and
 * GSTIN, and the page (20 a page, newest first).
 */
public record ProfileQueueFilter(@Nullable String status, @Nullable String state, @Nullable String q,
		@Nullable String page) {

	private static final int PAGE_SIZE = 20;

	public ProfileQueueFilter {
		status = status == null ? ApprovalStatus.PENDING_APPROVAL.name() : status;
		state = state == null ? "" : state;
		q = q == null ? "" : q;
	}

	@Nullable ApprovalStatus approvalStatus() {
		return RequestParams.constant(ApprovalStatus.class, status);
	}

	@Nullable IndianState indianState() {
		return RequestParams.constant(IndianState.class, state);
	}

	Pageable pageable() {
		return PageRequest.of(Pages.number(page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt"));
	}

}
