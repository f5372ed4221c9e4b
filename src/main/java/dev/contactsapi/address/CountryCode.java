package dev.contactsapi.address;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An ISO 3166-1 alpha-2 code of a country that exists ({@code IL}, {@code fr}), in any
 * case. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface CountryCode {

	String message() default "must be an ISO 3166-1 alpha-2 country code, such as IL";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks {@link CountryCode} against the codes the JDK knows.
	 */
	class Validator implements ConstraintValidator<CountryCode, String> {

		private static final Set<String> CODES = Set.of(Locale.getISOCountries());

		/** ASCII letters only: upper-casing {@code ß} or {@code ı} would give a code. */
		private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");

		@Override
		public boolean isValid(String code, ConstraintValidatorContext context) {
			return code == null
					|| (TWO_LETTERS.matcher(code).matches() && CODES.contains(code.toUpperCase(Locale.ROOT)));
		}

	}

}
