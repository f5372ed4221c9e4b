package dev.contactsapi.web;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;

/**
 * Lets Bean Validation check the value inside a {@link Sent}, and skip fields left out of
 * an edit. Registered through {@code META-INF/services}.
 */
public class SentValueExtractor implements ValueExtractor<Sent<@ExtractedValue ?>> {

	@Override
	public void extractValues(Sent<?> sent, ValueReceiver receiver) {
		if (sent.present()) {
			receiver.value(null, sent.value());
		}
	}

}
