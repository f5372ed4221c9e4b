package dev.contactsapi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An email address as the contract accepts it: valid by Hibernate Validator's rules, with
 * a dot in the domain ({@code a@localhost} is refused), and up to 254 characters.
 * {@code null} is valid.
 */
@Documented
@Email
@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+")
@Size(max = 254)
@PlainText
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

	String message() default "must be a valid email address of at most 254 characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
