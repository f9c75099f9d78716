package com.ayurlahi.mail.internal;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import com.ayurlahi.mail.Email;

/** Emails through an SMTP server, with Spring's {@link JavaMailSender}. */
class SmtpMailChannel implements MailChannel {

	private final JavaMailSender sender;

	SmtpMailChannel(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public void deliver(Email email, String from) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.text());
		sender.send(message);
	}

}
