package dev.contactsapi.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Record timestamps at the precision PostgreSQL keeps, so that what a response shows is
 * what a later read returns.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A time for a change that is strictly after {@code previous}, even if the clock has
	 * not moved on since (or went back).
	 */
	public static Instant after(Instant previous, Clock clock) {
		Instant now = now(clock);
		return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
	}

}
