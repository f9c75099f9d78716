package com.ayurlahi.profiles;

/**
 * Where a clinic or manufacturer profile stands with the platform's team.
 */
public enum ApprovalStatus {

	PENDING_APPROVAL("Pending approval"), APPROVED("Approved"), REJECTED("Rejected"), SUSPENDED("Suspended");

	private final String label;

	ApprovalStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
