/**
 * Accounts of everyone who signs in: clinic and manufacturer users who register
 * themselves, and platform staff (ADMIN, SUPPORT) who never do. The email is the login;
 * passwords follow {@link PasswordPolicy}. Every new account is audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*" })
package com.ayurlahi.users;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
