package dev.contactsapi.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		return text == null || isPlain(text);
	}

	/**
	 * Whether the text holds only characters a person would type: no control characters
	 * other than tab and newline, and no unpaired surrogates.
	 */
	public static boolean isPlain(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
