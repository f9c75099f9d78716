package com.ayurlahi.disputes;

/** What was done to a dispute: each change of its timeline is one of these. */
public enum DisputeAction {

	OPENED, ACCEPTED, OFFERED, CONTESTED, OFFER_ACCEPTED, OFFER_REFUSED, ESCALATED, OVERDUE, DECIDED, WITHDRAWN,
	REOPENED, REPLACEMENT_SHIPPED

}
