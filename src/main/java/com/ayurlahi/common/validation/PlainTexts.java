package com.ayurlahi.common.validation;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * What counts as plain text in a field other people read: letters, digits, punctuation,
 * symbols and spaces of any script, and line breaks and tabs only in a field of several
 * lines. Refused are control characters (NUL among them, which PostgreSQL can't store),
 * format characters (direction overrides and isolates such as U+202E and U+2066,
 * zero-width spaces and joiners, U+2060, the byte-order mark U+FEFF), lone surrogates,
 * private-use and unassigned code points, and the Unicode line and paragraph separators:
 * characters that can't be seen, or that make a name look like another one.
 */
public final class PlainTexts {

	/** The message for a line break in a field of one line. */
	public static final String ONE_LINE = "Use one line, without line breaks.";

	/** The message for an invisible, direction-changing or control character. */
	public static final String INVISIBLE = "Remove the invisible or control characters "
			+ "(such as direction marks or zero-width spaces); use letters, digits and punctuation.";

	private PlainTexts() {
	}

	/**
	 * Why {@code text} is not plain text, or null when it is.
	 * @param multiLine whether line breaks and tabs are allowed
	 */
	public static @Nullable String problemWith(String text, boolean multiLine) {
		boolean lineBreak = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
				lineBreak = lineBreak || !multiLine;
			}
			else if (!isPlain(codePoint)) {
				return INVISIBLE;
			}
		}
		return lineBreak ? ONE_LINE : null;
	}

	/**
	 * {@code text}, when it is plain text.
	 * @param field the input it came from, named in the refusal
	 * @throws InvalidInputException naming {@code field} when it is not
	 */
	public static String require(String text, String field, boolean multiLine) {
		String problem = problemWith(text, multiLine);
		if (problem != null) {
			throw new InvalidInputException(field, problem);
		}
		return text;
	}

	/**
	 * {@code text} without what is not plain text, for text that must be kept rather than
	 * refused (what a provider relays from someone else): line breaks and tabs become
	 * spaces unless {@code multiLine}.
	 */
	public static String cleaned(String text, boolean multiLine) {
		StringBuilder cleaned = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
				cleaned.appendCodePoint(multiLine ? codePoint : ' ');
			}
			else if (isPlain(codePoint)) {
				cleaned.appendCodePoint(codePoint);
			}
		});
		return cleaned.toString();
	}

	/** Whether {@code text} is plain text (see the class description). */
	public static boolean isPlain(String text, boolean multiLine) {
		return problemWith(text, multiLine) == null;
	}

	private static boolean isPlain(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

}
