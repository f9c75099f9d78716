package com.ayurlahi.common.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.profile.BusinessProfile;

/**
 * The admin console's queue of clinics or manufacturers, as the template
 * {@code admin/profiles} shows it: filtered by status (pending when none is given; empty
 * for all), state and a search over name and GSTIN, 20 a page, newest first.
 *
 * @param basePath where the queue lives, e.g. {@code /admin/clinics}
 * @param title the page's heading, e.g. "Clinics"
 * @param noun one profile, e.g. "clinic"
 */
public record ProfileQueue(String basePath, String title, String noun) {

	private static final int PAGE_SIZE = 20;

	/** The query's filters, as the request gave them. */
	public record Filter(@Nullable ApprovalStatus status, @Nullable IndianState state, String search, Pageable page) {

		public static Filter of(@Nullable String status, @Nullable String state, @Nullable String search, int page) {
			return new Filter(
					status == null ? ApprovalStatus.PENDING_APPROVAL
							: RequestParams.constant(ApprovalStatus.class, status),
					RequestParams.constant(IndianState.class, state), search == null ? "" : search,
					PageRequest.of(Pages.bounded(page), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt")));
		}
	}

	/**
	 * Adds what {@code admin/profiles} needs to show {@code results} found with
	 * {@code filter}.
	 */
	public void show(Filter filter, Page<? extends BusinessProfile> results, Model model) {
		model.addAttribute("queue", this);
		model.addAttribute("results", results);
		model.addAttribute("status", filter.status() == null ? "" : filter.status().name());
		model.addAttribute("state", filter.state() == null ? "" : filter.state().name());
		model.addAttribute("q", filter.search());
		model.addAttribute("states", IndianState.values());
		model.addAttribute("statuses", ApprovalStatus.values());
	}
}
