package dev.contactsapi.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A phone number as the contract accepts it: up to 32 characters of digits, spaces and
 * {@code + - ( ) .}, at least 3 of them digits. {@code null} is valid.
 */
@Documented
@Pattern(regexp = "[0-9 +\\-().]{0,32}")
@Pattern(regexp = "(?:[^0-9]*[0-9]){3}.*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

	String message() default "must be up to 32 digits, spaces and + - ( ) . with at least 3 digits";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
