package com.ayurlahi.common.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line message shown at the top of the next page after a redirect ("Support user
 * created"). Serializable: it waits in the session (kept in the database) between the
 * redirect and the next page.
 */
public record FlashMessage(Level level, String text) implements Serializable {

	public static final String ATTRIBUTE = "flash";

	public enum Level {

		SUCCESS, INFO, WARNING, DANGER;

		/** The Bootstrap contextual class of the level. */
		public String cssClass() {
			return "alert-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public static void success(RedirectAttributes attributes, String text) {
		attributes.addFlashAttribute(ATTRIBUTE, new FlashMessage(Level.SUCCESS, text));
	}

	public static void info(RedirectAttributes attributes, String text) {
		attributes.addFlashAttribute(ATTRIBUTE, new FlashMessage(Level.INFO, text));
	}

	public static void warning(RedirectAttributes attributes, String text) {
		attributes.addFlashAttribute(ATTRIBUTE, new FlashMessage(Level.WARNING, text));
	}

	/**
	 * A one-button action the domain refused: its message, for the page the action
	 * redirects to.
	 */
	public static void refused(RedirectAttributes attributes, RuntimeException refusal) {
		attributes.addFlashAttribute(ATTRIBUTE, new FlashMessage(Level.DANGER, String.valueOf(refusal.getMessage())));
	}
}
