package com.ayurlahi.users;

import com.ayurlahi.common.ConflictException;

/**
 * Another account already signs in with this email.
 */
public class EmailAlreadyRegisteredException extends ConflictException {

	EmailAlreadyRegisteredException() {
		super("email", "An account with this email already exists. Sign in, or use another email.");
	}

}
