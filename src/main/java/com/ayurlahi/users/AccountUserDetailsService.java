package com.ayurlahi.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.validation.EmailAddresses;

/**
 * Looks up accounts by login email, whatever its case or surrounding blanks, for password
 * authentication.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Users users;

	AccountUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(EmailAddresses.normalize(email))
			.map(AuthenticatedUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No account with this email"));
	}

}
